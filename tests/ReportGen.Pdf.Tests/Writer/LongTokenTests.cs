using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>Unbreakable tokens thousands of characters long in every place text goes: they wrap inside their column
/// (or are cut with an ellipsis in the running header and footer), every character reaches the PDF, and nothing is
/// drawn outside the content area or over the header and footer.</summary>
public class LongTokenTests
{
    private static string Token(string prefix, int length) =>
        prefix + string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i * 7 % 26)));

    private static readonly string Url = "https://example.com/" + Token("q=", 4000);
    private static readonly string CellWord = Token("cell", 1500);
    private static readonly string CodeWord = Token("code", 4000);
    private static readonly string HeadingWord = Token("heading", 1200);
    private static readonly string FigureWord = Token("figure", 600);
    private static readonly string TitleWord = Token("title", 3000);

    private static ReportDocument Document()
    {
        var start = new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
        var chart = new TimelineChart(start, start.AddHours(2), start.AddMinutes(10), start.AddMinutes(60), start.AddHours(2),
        [
            new TimelineMark(start.AddMinutes(10), "detection", Token("label", 500)),
            new TimelineMark(start.AddMinutes(60), "mitigation", "Rolled back " + Token("x", 300)),
        ]);
        var narrow = Enumerable.Range(0, 6).Select(_ => new TableColumn(ColumnAlignment.Left)).ToArray();
        return Paginated.Document() with
        {
            Settings = ReportFixtures.Settings(draft: true) with { HeaderRight = "Report " + TitleWord, FooterText = "Footer " + TitleWord },
            Blocks =
            [
                new KeyFiguresBlock([new KeyFigure("Time to detect", FigureWord), new KeyFigure("Users", "48,000")]),
                P(T("Dashboard: "), Link(Url, Url)),
                H(2, HeadingWord),
                new TableBlock(narrow, Row("A", "B", "C", "D", "E", "F"),
                    [Row("x", CellWord, "y", "z", CellWord, "w"), Row("1", "2", "3", "4", "5", "6")]),
                new CodeBlock("short line\n" + CodeWord + "\nlast line"),
                new TimelineFigureBlock(chart, "Timeline caption", "timeline"),
                P("The end."),
            ],
        };
    }

    private static string Squeezed(string text) =>
        new(text.Replace("\u21AA", "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public void Every_long_token_wraps_inside_the_content_area()
    {
        ContentBox.AssertInside(Paginated.Of(Document()));
    }

    [Fact]
    public void Header_and_footer_stay_in_their_margins_on_one_line()
    {
        var layout = Paginated.Of(Document());
        var geometry = layout.Geometry;
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            var page = layout.Pages[p];
            var content = page.ContentCommands.ToHashSet();
            foreach (var text in page.Texts().Where(t => !t.Run.AsOutlines && !content.Contains(t)))
            {
                var b = text.Bounds;
                var inHeader = b.Bottom <= geometry.Top + 0.5f;
                var inFooter = b.Y >= geometry.Height - geometry.Bottom - 0.5f && b.Bottom <= geometry.Height;
                Assert.True(inHeader || inFooter, $"page {p + 1}: '{text.Text[..Math.Min(30, text.Text.Length)]}' at {b} leaves the margins");
                Assert.True(b.X >= geometry.Left - 0.5f && b.Right <= geometry.Width - geometry.Right + 0.5f,
                    $"page {p + 1}: '{text.Text[..Math.Min(30, text.Text.Length)]}' at {b} is wider than the column");
            }
        }
        var headers = layout.Pages.Skip(1).Select(page => page.Texts().Where(t => t.Text.StartsWith("Report ")).ToList()).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.EndsWith("\u2026", Assert.Single(h).Text));
    }

    [Fact]
    public void Every_character_of_every_long_token_reaches_the_pdf_text()
    {
        var pdf = SharedWriter.Pdf(Document());
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "long-tokens.pdf"), pdf);
        var pdfText = PdfTools.Run("pdftotext", pdf, "-raw", "{pdf}", "-").Output; // drawing order: cell by cell
        Assert.Contains("Report " + TitleWord[..20], pdfText);
        // Tokens run across pages: leave the running header and footer out before joining the lines.
        var text = Squeezed(string.Join("\n", pdfText.Split('\n').Where(l => !l.Contains("Report title") && !l.Contains("Footer title"))));
        foreach (var token in new[] { Url, CellWord, CodeWord, HeadingWord, FigureWord })
            Assert.True(text.Contains(token), $"'{token[..20]}…' ({token.Length} characters) is not whole in the PDF text");
        Assert.Contains("Theend.", text);
    }
}
