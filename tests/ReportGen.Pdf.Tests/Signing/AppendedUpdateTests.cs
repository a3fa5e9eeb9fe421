using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Signing;

/// <summary>What verify accepts after a rendered PDF's original bytes: signatures of its own fields, appended as
/// incremental updates, and nothing that could change what a page shows.</summary>
public sealed class AppendedUpdateTests
{
    private static readonly byte[] Original = SharedWriter.Pdf(SignOffFixtures.WithSignOff());

    private static byte[] Signed(IncrementalUpdate update, string partial, string signer, bool xrefStream = false)
    {
        var (field, body) = update.Field(partial);
        var signature = update.Size;
        return update.Add(signature, IncrementalUpdate.Signature(signer, "D:20260318101500+01'00'"))
            .Add(field, IncrementalUpdate.With(body, $"/V {signature} 0 R/M(D:20260318101500+01'00')"))
            .Build(xrefStream);
    }

    private static AppendedSignatures Check(byte[] file) => PdfReportInspection.CheckAppended(file, Original.Length);

    [Fact]
    public void A_signature_of_one_of_its_fields_is_accepted_with_its_signer_and_time()
    {
        var result = Check(Signed(new IncrementalUpdate(Original), "approvals[0]", "Priya Raman"));
        Assert.True(result.OnlySignatures, string.Join("; ", result.Problems));
        var signature = Assert.Single(result.Signatures);
        Assert.Equal("signoff.approvals[0]", signature.Field);
        Assert.Equal("Priya Raman", signature.Signer);
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 10, 15, 0, TimeSpan.FromHours(1)), signature.SigningTime);
        Assert.True(signature.CoversWholeFile);
    }

    [Fact]
    public void An_update_written_with_a_compressed_cross_reference_stream_is_read_too()
    {
        var result = Check(Signed(new IncrementalUpdate(Original), "facilitated_by", "Dana Kim", xrefStream: true));
        Assert.True(result.OnlySignatures, string.Join("; ", result.Problems));
        Assert.Equal("signoff.facilitated_by", Assert.Single(result.Signatures).Field);
    }

    [Fact]
    public void Two_signers_in_two_updates_are_both_listed_and_the_first_is_followed_by_the_second()
    {
        var once = Signed(new IncrementalUpdate(Original), "facilitated_by", "Dana Kim");
        var twice = Signed(new IncrementalUpdate(once), "approvals[1]", "Luis Ortega");
        var result = Check(twice);
        Assert.True(result.OnlySignatures, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Updates);
        Assert.Equal(["signoff.facilitated_by", "signoff.approvals[1]"], result.Signatures.Select(s => s.Field));
        Assert.Equal([false, true], result.Signatures.Select(s => s.CoversWholeFile));
    }

    [Fact]
    public void Moving_a_field_is_not_a_signature()
    {
        var update = new IncrementalUpdate(Original);
        var (field, body) = update.Field("approvals[0]");
        var signature = update.Size;
        var moved = System.Text.RegularExpressions.Regex.Replace(body, @"/Rect\[[^\]]*\]", "/Rect[0 0 600 800]");
        var file = update.Add(signature, IncrementalUpdate.Signature("Mallory", "D:20260318"))
            .Add(field, IncrementalUpdate.With(moved, $"/V {signature} 0 R")).Build();
        var result = Check(file);
        Assert.False(result.OnlySignatures);
        Assert.Contains(result.Problems, p => p.Contains("signature field 'signoff.approvals[0]'") && p.Contains("/Rect"));
    }

    [Fact]
    public void Changing_a_page_alongside_a_signature_makes_the_file_differ()
    {
        var update = new IncrementalUpdate(Original);
        var (page, body) = update.Find("<</Type/Page/");
        var file = Signed(new IncrementalUpdate(new IncrementalUpdate(Original).Add(page, body.Replace("/MediaBox[0 0 ", "/MediaBox[0 0 1", StringComparison.Ordinal)).Build()),
            "approvals[0]", "Priya Raman");
        var result = Check(file);
        Assert.False(result.OnlySignatures);
        Assert.Contains(result.Problems, p => p.Contains($"changes object {page} (a page)"));
    }

    [Fact]
    public void Deleting_an_object_of_the_original_makes_the_file_differ()
    {
        var update = new IncrementalUpdate(Original);
        var (page, _) = update.Find("<</Type/Page/");
        var (field, body) = update.Field("approvals[0]");
        var signature = update.Size;
        var file = update.Free(page).Add(signature, IncrementalUpdate.Signature("Priya Raman", "D:20260318"))
            .Add(field, IncrementalUpdate.With(body, $"/V {signature} 0 R")).Build();
        Assert.Contains(Check(file).Problems, p => p.Contains($"deletes object {page} (a page)"));
    }

    [Fact]
    public void A_signature_whose_byte_range_leaves_part_of_its_update_unsigned_is_refused()
    {
        var update = new IncrementalUpdate(Original);
        var (field, body) = update.Field("approvals[0]");
        var signature = update.Size;
        var file = update.Add(signature, IncrementalUpdate.Signature("Priya Raman", "D:20260318"))
            .Add(field, IncrementalUpdate.With(body, $"/V {signature} 0 R")).Build(byteRangeEnd: length => length - 40);
        var result = Check(file);
        Assert.False(result.OnlySignatures);
        Assert.Contains(result.Problems, p => p.Contains("'signoff.approvals[0]'") && p.Contains("part of it is unsigned"));
    }

    [Fact]
    public void An_update_that_signs_nothing_or_bytes_that_are_no_update_are_not_signatures()
    {
        var update = new IncrementalUpdate(Original);
        var (info, body) = update.Info;
        var retitled = Check(update.Add(info, body.Replace("<</Title(", "<</Title(Edited ", StringComparison.Ordinal)).Build());
        Assert.False(retitled.OnlySignatures);
        Assert.Contains(retitled.Problems, p => p.Contains("none signs a signature field"));

        var junk = Check([.. Original, .. "% just a comment\n"u8.ToArray()]);
        Assert.False(junk.OnlySignatures);
        Assert.NotEmpty(junk.Problems);

        var truncated = Signed(new IncrementalUpdate(Original), "approvals[0]", "Priya Raman");
        Assert.False(Check(truncated[..^30]).OnlySignatures);
    }

    [Fact]
    public void Replacing_the_catalog_or_adding_an_xfa_form_makes_the_file_differ()
    {
        var update = new IncrementalUpdate(Original);
        var (catalog, body) = update.Find("<</Type/Catalog");
        var withOpenAction = Check(Signed(new IncrementalUpdate(update.Add(catalog, IncrementalUpdate.With(body, "/OpenAction[3 0 R/Fit]")).Build()),
            "approvals[0]", "Priya Raman"));
        Assert.Contains(withOpenAction.Problems, p => p.Contains("changes the document catalog: /OpenAction"));
    }
}
