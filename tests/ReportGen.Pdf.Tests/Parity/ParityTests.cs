using System.Text;
using ReportGen.Document;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>The PDF and the .docx of every example and test document say the same thing: the same text in the same
/// order, the same headings at the same levels, the same tables with the same rows, columns and relative column
/// widths, the same link targets and the same pictures. The only differences allowed are the ones
/// <see cref="FormatDifferences"/> lists (and docs/format-differences.md describes); each allowance below names its
/// entry.</summary>
public sealed class ParityTests(ParityRun run) : IClassFixture<ParityRun>
{
    public static TheoryData<string> Cases() => new(ParityCases.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_text_is_the_same_in_the_same_order(string name)
    {
        var outputs = run[name];
        var pdf = Normalise(PdfReading.Text(outputs));
        var docx = Normalise(outputs.DocxText);
        if (pdf == docx)
            return;
        var at = 0;
        while (at < pdf.Length && at < docx.Length && pdf[at] == docx[at])
            at++;
        Assert.Fail($"{name}: the texts differ after {at} characters (whitespace ignored)\n" +
            $"  PDF:   …{Context(pdf, at)}…\n  .docx: …{Context(docx, at)}…");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_headings_and_their_levels_are_the_same(string name)
    {
        var outputs = run[name];
        Assert.Equal(DocxReading.Headings(outputs), PdfReading.Outline(outputs));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_tables_have_the_same_rows_columns_and_column_widths(string name)
    {
        var outputs = run[name];
        var pdf = PdfReading.Tables(outputs);
        var docx = DocxReading.Tables(outputs);
        Assert.Equal(docx.Select(t => (t.Rows, t.Columns)), pdf.Select(t => (t.Rows, t.Columns)));
        for (var i = 0; i < pdf.Count; i++)
        {
            for (var c = 0; c < pdf[i].Columns; c++)
                Assert.True(Math.Abs(pdf[i].Shares[c] - docx[i].Shares[c]) < 0.005,
                    $"{name}: table {i + 1} has other column widths: PDF {pdf[i]}, .docx {docx[i]}");
        }
        Assert.Equal(outputs.Document.Blocks.OfType<TableBlock>().Count() + outputs.Document.Blocks.OfType<SignOffBlock>().Count()
            + outputs.Document.Blocks.OfType<CalloutBlock>().Sum(c => c.Blocks.OfType<TableBlock>().Count()), pdf.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_links_go_to_the_same_places(string name)
    {
        var outputs = run[name];
        var (pdfExternal, pdfInternal) = PdfReading.Links(outputs);
        var (docxExternal, docxInternal) = DocxReading.Links(outputs);
        Assert.Equal(docxExternal, pdfExternal);
        Assert.Equal(docxInternal, new SortedSet<string>(pdfInternal.Select(BookmarkName), StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_pictures_are_the_same(string name)
    {
        var outputs = run[name];
        var (raster, svg) = DocxReading.Images(outputs);
        Assert.Equal(raster, PdfReading.Images(outputs));
        // FormatDifferences.SvgPictures: vectors in the PDF, an SVG picture (with PNG fallback) in the .docx.
        Assert.Equal(svg, PdfReading.SvgPictures(outputs));
    }

    /// <summary>Whitespace differs by design (line breaks, justification), so it is left out;
    /// <see cref="FormatDifferences.CodeContinuation"/> marks are the PDF's own; bidirectional control marks are a
    /// reader's. A stretch of right-to-left letters is compared by its letters, not their order: poppler's raw mode
    /// reads a PDF in drawing order, which for right-to-left words is visual order.</summary>
    private static string Normalise(string text)
    {
        Assert.NotNull(FormatDifferences.Get(FormatDifferences.CodeContinuation));
        var sb = new StringBuilder(text.Length);
        var rtl = new List<char>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || c is '\u21AA' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F')
                continue;
            if (IsRightToLeft(c))
            {
                rtl.Add(c);
                continue;
            }
            if (rtl.Count > 0)
            {
                sb.Append(rtl.Order().ToArray());
                rtl.Clear();
            }
            sb.Append(c);
        }
        sb.Append(rtl.Order().ToArray());
        return sb.ToString();
    }

    private static bool IsRightToLeft(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static string Context(string text, int at) => text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 60)];

    /// <summary>The .docx names a bookmark after an anchor as Word requires (letters, digits, underscores, starting with
    /// a letter, at most 40 characters).</summary>
    private static string BookmarkName(string anchor)
    {
        var sb = new StringBuilder();
        foreach (var c in anchor)
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0]))
            sb.Insert(0, "a_");
        return sb.Length > 40 ? sb.ToString(0, 40) : sb.ToString();
    }
}
