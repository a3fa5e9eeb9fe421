using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReportGen.Cli.Tests.Render;

/// <summary>The examples rendered once to .docx in the default layout (shared by the accessibility tests).</summary>
public sealed class RenderedExamples : IDisposable
{
    private readonly TempFolder _tree = new();

    public RenderedExamples()
    {
        var result = CliRunner.Run("render", Path.Combine(RepoPaths.Root, "examples"), "--out", _tree.Path, "--format", "docx", "--quiet");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Out + result.Err);
    }

    public string Docx(string example) => _tree.PathOf(example + ".docx");

    public string Folder => _tree.Path;

    public void Dispose() => _tree.Dispose();
}

/// <summary>What an accessibility checker (Word's, or a screen reader) asks of each example's .docx, read with the Open
/// XML SDK: every picture has alt text, data tables mark their header row, the language and title are set, headings
/// are outline levels from 1 without a skipped level, and every tracker link says which item it opens.</summary>
public sealed partial class DocxAccessibilityTests(RenderedExamples examples) : IClassFixture<RenderedExamples>
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepoPaths.ExampleFiles)
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_picture_has_alt_text(string example)
    {
        using var docx = WordprocessingDocument.Open(examples.Docx(example), false);
        foreach (var part in Parts(docx))
        {
            foreach (var frame in part.RootElement!.Descendants<DW.DocProperties>())
                Assert.False(string.IsNullOrWhiteSpace(frame.Description?.Value), $"{example}: drawing '{frame.Name}' has no alt text (docPr descr)");
            foreach (var picture in part.RootElement!.Descendants<PIC.NonVisualDrawingProperties>())
                Assert.False(string.IsNullOrWhiteSpace(picture.Description?.Value), $"{example}: picture '{picture.Name}' has no alt text");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_data_table_marks_its_header_row(string example)
    {
        using var docx = WordprocessingDocument.Open(examples.Docx(example), false);
        var tables = docx.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "ReportTable").ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.True(table.GetFirstChild<TableProperties>()!.GetFirstChild<TableLook>()!.FirstRow!.Value);
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_language_and_title_are_set(string example)
    {
        using var docx = WordprocessingDocument.Open(examples.Docx(example), false);
        var title = Regex.Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", example + ".yaml")), @"(?m)^title:\s*(.+)$").Groups[1].Value.Trim().Trim('"');
        Assert.Equal(title, docx.PackageProperties.Title);
        Assert.Equal("en-US", docx.PackageProperties.Language);
        var defaults = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("en-US", defaults.GetFirstChild<Languages>()!.Val!.Value);
        var settings = docx.MainDocumentPart.DocumentSettingsPart!.Settings!;
        Assert.Equal("en-US", settings.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Headings_start_at_the_title_and_never_skip_a_level(string example)
    {
        using var docx = WordprocessingDocument.Open(examples.Docx(example), false);
        var headings = Headings(docx).ToList();
        Assert.True(headings.Count >= 2, $"{example}: {headings.Count} headings");
        Assert.Equal((1, "Title"), (headings[0].Level, headings[0].Style));
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1,
                $"{example}: '{headings[i].Text}' is level {headings[i].Level} after level {headings[i - 1].Level}");
            Assert.Matches("^Heading[1-6]$", headings[i].Style); // a real heading style, not a look-alike
            Assert.Equal("Heading" + headings[i].Level, headings[i].Style);
        }
    }

    [Fact]
    public void Tracker_links_say_which_item_they_open()
    {
        using var docx = WordprocessingDocument.Open(examples.Docx("checkout-outage"), false);
        var main = docx.MainDocumentPart!;
        var links = main.Document!.Body!.Descendants<Hyperlink>().Where(h => h.Id?.Value is not null)
            .Select(h => (Target: main.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value).Uri.ToString(), Text: h.InnerText))
            .Where(l => l.Target.StartsWith("https://tracker.example/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["tracker PAY-1234", "tracker PAY-1235", "tracker QA-311", "tracker DB-88"], links.Select(l => l.Text));
        Assert.All(links, l => Assert.EndsWith(l.Text["tracker ".Length..], l.Target));
    }

    /// <summary>An independent reader of the same semantics: LibreOffice's tagged PDF export of the .docx has the
    /// title as the one H1, headings without a skipped level, a column TH for each data table's header cell and each
    /// figure's alt text.</summary>
    [Fact]
    public void LibreOffice_reads_the_headings_tables_and_alt_texts()
    {
        var docx = examples.Docx("checkout-outage");
        var outDir = Path.Combine(examples.Folder, "lo-tagged");
        Tool.Run("libreoffice", 240, $"-env:UserInstallation=file://{Path.Combine(outDir, "profile")}", "--headless", "--convert-to",
            """pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}""", "--outdir", outDir, docx);
        var pdf = Path.Combine(outDir, "checkout-outage.pdf");
        var structure = Tool.Run("pdfinfo", 30, "-struct-text", pdf);
        var headings = HeadingLine().Matches(structure).Select(m => (Level: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Text: m.Groups[2].Value)).ToList();
        Assert.Equal(1, headings[0].Level);
        Assert.StartsWith("Checkout API returned 503s", headings[0].Text);
        Assert.Single(headings, h => h.Level == 1);
        for (var i = 1; i < headings.Count; i++)
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1, $"'{headings[i].Text}' H{headings[i].Level} after H{headings[i - 1].Level}");

        using var package = WordprocessingDocument.Open(docx, false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var headerCells = body.Descendants<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).Sum(r => r.Elements<TableCell>().Count());
        Assert.Equal(headerCells, Regex.Matches(Tool.Run("pdfinfo", 30, "-struct", pdf), @"TH:\s+(?:/\w+ [^\n]*\s+)*?/Scope /Column").Count);
        var alts = Tool.Run("qpdf", 30, "--json", pdf);
        foreach (var frame in body.Descendants<DW.DocProperties>())
            Assert.Contains($"\"/Alt\": \"u:{frame.Description!.Value}\"", alts);
    }

    private sealed record Heading(int Level, string Style, string Text);

    /// <summary>The paragraphs with an outline level (from their own properties or their style's chain), in order.</summary>
    private static IEnumerable<Heading> Headings(WordprocessingDocument docx)
    {
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        int? StyleLevel(string? id)
        {
            for (var depth = 0; id is not null && styles.TryGetValue(id, out var style) && depth < 20; depth++)
            {
                if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
                    return level;
                id = style.BasedOn?.Val?.Value;
            }
            return null;
        }
        foreach (var paragraph in docx.MainDocumentPart.Document!.Body!.Descendants<Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
            var level = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value ?? StyleLevel(style);
            if (level is >= 0 and < 9)
                yield return new Heading(level.Value + 1, style, paragraph.InnerText);
        }
    }

    private static IEnumerable<OpenXmlPart> Parts(WordprocessingDocument docx) =>
        new OpenXmlPart[] { docx.MainDocumentPart! }.Concat(docx.MainDocumentPart!.HeaderParts).Concat(docx.MainDocumentPart.FooterParts);

    [GeneratedRegex("""(?m)^\s*H([1-6]) \(block\):\n(?:\s+/[^\n]*\n)*\s+"([^"]*)""")]
    private static partial Regex HeadingLine();
}
