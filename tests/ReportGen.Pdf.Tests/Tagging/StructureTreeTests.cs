using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>The structure tree as poppler reads it (<c>pdfinfo</c>, <c>pdfinfo -struct-text</c>): the file is tagged, and
/// the tree's text, in reading order, is exactly the text <c>pdftotext</c> finds on the pages, less what is marked as an
/// artifact (header, footer, repeated table headers, continuation marks).</summary>
public partial class StructureTreeTests
{
    public static TheoryData<string> Cases => TaggingCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Poppler_reads_the_file_as_tagged(string name) => Assert.True(PopplerStructure.IsTagged(TaggingCases.Pdf(name)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_structure_text_in_reading_order_is_the_text_on_the_pages(string name)
    {
        var pdf = TaggingCases.Pdf(name);
        var tree = PopplerStructure.Read(pdf);
        var document = Assert.Single(tree.Children);
        Assert.Equal("Document", document.Type);
        var structureText = Squeeze(document.Text);
        var pageText = Squeeze(ContentText(pdf, SharedWriter.Instance.Paginate(TaggingCases.Document(name))));
        Assert.NotEmpty(pageText);
        if (structureText != pageText)
        {
            var at = Enumerable.Range(0, Math.Min(structureText.Length, pageText.Length)).FirstOrDefault(i => structureText[i] != pageText[i]);
            Assert.Fail($"{name}: the structure's text differs from the pages' at {at}:\n  structure: …{Around(structureText, at)}…\n  pages:     …{Around(pageText, at)}…");
        }
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 40)];

    /// <summary>Whitespace carries no meaning here: line breaks and spaces between marked-content pieces differ by reader.</summary>
    private static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    /// <summary>The words <c>pdftotext -raw</c> finds inside the page margins (the header and footer are outside), in
    /// drawing order, without those inside an artifact that holds text (a repeated table header, code continuation
    /// marks, an SVG logo), as the layout marked them.</summary>
    private static string ContentText(byte[] pdf, Composition.PaginatedDocument layout)
    {
        var g = layout.Geometry;
        var repeats = layout.Pages.Select(ArtifactsWithText).ToList();
        var html = PdfTools.Run("pdftotext", pdf, "-raw", "-bbox", "{pdf}", "-").Output;
        var words = new List<string>();
        var page = -1;
        foreach (Match m in WordOrPage().Matches(html))
        {
            if (m.Groups["page"].Success)
            {
                page++;
                continue;
            }
            double D(string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            var (cx, cy) = ((D("x0") + D("x1")) / 2, (D("y0") + D("y1")) / 2);
            var inside = cx >= g.Left && cx <= g.Width - g.Right && cy >= g.Top && cy <= g.Height - g.Bottom;
            var repeated = repeats[page].Any(b => cx >= b.X && cx <= b.Right && cy >= b.Y && cy <= b.Bottom);
            var text = WebUtility.HtmlDecode(m.Groups["text"].Value);
            if (inside && !repeated && text != "\u21AA")
                words.Add(text);
        }
        return string.Join(" ", words);
    }

    /// <summary>The boxes of a page's outermost artifact marks that contain text.</summary>
    private static List<Box> ArtifactsWithText(RecordingCanvas page)
    {
        var boxes = new List<Box>();
        var depth = 0;
        Box? open = null;
        var hasText = false;
        foreach (var command in page.Commands)
        {
            if (command is StructureBeginCommand begin && (depth > 0 || begin.Tag.Role == StructureRole.Artifact))
            {
                if (depth++ == 0)
                    (open, hasText) = (begin.Box, false);
            }
            else if (command is StructureEndCommand && depth > 0)
            {
                if (--depth == 0 && hasText)
                    boxes.Add(open!.Value);
            }
            else if (command is TextCommand { Run.AsOutlines: false } && depth > 0)
            {
                hasText = true;
            }
        }
        return boxes;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("""(?<page><page )|<word xMin="(?<x0>[-0-9.]+)" yMin="(?<y0>[-0-9.]+)" xMax="(?<x1>[-0-9.]+)" yMax="(?<y1>[-0-9.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordOrPage();
}
