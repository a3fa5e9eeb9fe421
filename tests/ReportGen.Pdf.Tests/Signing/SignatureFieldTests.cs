using System.Text.Json;
using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Signing;

/// <summary>Empty signature fields as a PDF reader finds them: one per signer with a field, named by its YAML path,
/// over the sign-off table's Signature cell, printable, with an appearance, listed by poppler and qpdf.</summary>
public sealed class SignatureFieldTests
{
    private static JsonElement AcroForm(byte[] pdf)
    {
        var result = PdfTools.Run("qpdf", pdf, "--json", "--json-key=acroform", "{pdf}");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("acroform");
    }

    [Fact]
    public void Each_signer_with_a_field_gets_one_signature_field_named_by_its_yaml_path()
    {
        var pdf = SharedWriter.Pdf(SignOffFixtures.WithSignOff());
        var fields = AcroForm(pdf).GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["signoff.facilitated_by", "signoff.approvals[0]", "signoff.approvals[1]"],
            fields.Select(f => f.GetProperty("fullname").GetString()));
        Assert.All(fields, f =>
        {
            Assert.Equal("/Sig", f.GetProperty("fieldtype").GetString());
            Assert.Equal(4, f.GetProperty("annotation").GetProperty("annotationflags").GetInt32()); // printable
            Assert.Equal(JsonValueKind.Null, f.GetProperty("value").ValueKind); // empty: nobody signed on anyone's behalf
        });
        Assert.Equal("Signature of Priya Raman, VP Engineering", fields[1].GetProperty("alternativename").GetString());

        var listed = PdfTools.Run("pdfsig", pdf, "{pdf}").Output;
        Assert.Contains("Signature Field Name: signoff.facilitated_by", listed);
        Assert.Contains("Signature Field Name: signoff.approvals[1]", listed);
        Assert.Equal(3, listed.Split("The signature form field is not signed.").Length - 1);
    }

    [Fact]
    public void No_partial_field_name_holds_a_period_and_the_form_says_signature_fields_exist()
    {
        var pdf = SharedWriter.Pdf(SignOffFixtures.WithSignOff());
        var partials = AcroForm(pdf).GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("partialname").GetString()!).ToList();
        Assert.Equal(["facilitated_by", "approvals[0]", "approvals[1]"], partials);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/SigFlags 1", text);
        Assert.Contains("/T(signoff)/Kids[", text);
        Assert.DoesNotContain("/NeedAppearances", text);
    }

    [Fact]
    public void The_widget_covers_exactly_the_signature_cell_of_its_signers_row()
    {
        var document = SignOffFixtures.WithSignOff();
        var signOff = document.Blocks.OfType<SignOffBlock>().Single();
        var signatureColumn = signOff.Columns.ToList().FindIndex(c => c.Field == SignOffField.Signature);
        var layout = SharedWriter.Instance.Paginate(document);
        var commands = layout.Pages.SelectMany((p, i) => p.Commands.Select(c => (Page: i, Command: c))).ToList();
        var fields = commands.Where(c => c.Command is SignatureFieldCommand).ToList();
        Assert.Equal(3, fields.Count);
        foreach (var (page, command) in fields)
        {
            var field = (SignatureFieldCommand)command;
            var row = signOff.Entries.ToList().FindIndex(e => e.SignatureField == field.Name) + 1; // row 0 is the header
            var cell = commands.Where(c => c.Page == page).Select(c => c.Command).OfType<StructureBeginCommand>()
                .Single(s => s.Tag.Role == StructureRole.TableCell && ReferenceEquals(s.Tag.Owner, signOff) && s.Tag.Row == row
                             && s.Tag.Column == signatureColumn);
            Assert.Equal(cell.Box, field.Box);
            Assert.True(field.Box.Height >= 28, $"room to sign: {field.Box}");
        }

        // And in the file: the widget's /Rect is that box in PDF space (y up).
        var pdf = SharedWriter.Pdf(document);
        var first = (SignatureFieldCommand)fields[0].Command;
        var rect = System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(pdf),
            @"/T\(facilitated_by\)[^>]*/Rect\[([-\d. ]+)\]").Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var height = layout.Geometry.Height;
        Assert.Equal([first.Box.X, height - first.Box.Bottom, first.Box.Right, height - first.Box.Y], rect.Select(v => (float)v).ToArray(),
            new FloatTolerance(0.002f));
    }

    [Fact]
    public void A_signer_without_a_field_keeps_a_plain_cell_and_fields_stay_byte_identical_run_to_run()
    {
        var document = SignOffFixtures.WithSignOff();
        var layout = SharedWriter.Instance.Paginate(document);
        Assert.DoesNotContain(layout.Pages.SelectMany(p => p.Commands).OfType<SignatureFieldCommand>(), f => f.Description.Contains("Sam Ortiz"));
        Assert.Equal(SharedWriter.Pdf(document), SharedWriter.Pdf(SignOffFixtures.WithSignOff()));
    }

    [Fact]
    public void A_field_name_used_twice_gets_one_field_and_a_warning()
    {
        var twice = SignOffFixtures.WithSignOff(
        [
            SignOffFixtures.Signer("Dana Kim", "Facilitator", "signoff.facilitated_by"),
            SignOffFixtures.Signer("Dana Kim", "Facilitator", "signoff.facilitated_by"),
        ]);
        var pdf = SharedWriter.Pdf(twice, out var result);
        Assert.Single(AcroForm(pdf).GetProperty("fields").EnumerateArray());
        Assert.Contains(result.Warnings, w => w.Message.Contains("'signoff.facilitated_by' is placed more than once"));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
    }

    [Fact]
    public void A_document_without_fields_has_no_interactive_form()
    {
        var pdf = SharedWriter.Pdf(SignOffFixtures.WithSignOff([SignOffFixtures.Signer("Sam Ortiz", "Reviewer", null)]));
        Assert.False(AcroForm(pdf).GetProperty("hasacroform").GetBoolean());
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(float obj) => 0;
    }
}
