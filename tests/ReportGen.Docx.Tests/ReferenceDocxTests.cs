using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>--reference-docx: an organisation's template gives the styles and page setup; our content fills it.</summary>
public class ReferenceDocxTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reportgen-docx-ref").FullName;

    private string MakeTemplate()
    {
        var path = Path.Combine(_dir, "template.docx");
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
            new Paragraph(new Run(new Text("template body"))),
            new SectionProperties(
                new PageSize { Width = 12240, Height = 15840 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1800, Right = 1800, Header = 720, Footer = 720, Gutter = 0 })));
        var heading = new Style { Type = StyleValues.Paragraph, StyleId = "Heading1" };
        heading.StyleName = new StyleName { Val = "heading 1" };
        heading.StyleRunProperties = new StyleRunProperties
        {
            RunFonts = new RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" },
            Color = new Color { Val = "7A0019" },
        };
        var normal = new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        normal.StyleName = new StyleName { Val = "Normal" };
        main.AddNewPart<StyleDefinitionsPart>().Styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(normal, heading);
        return path;
    }

    [Fact]
    public void Template_styles_win_and_missing_ones_are_added()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create(), new DocxWriterOptions { ReferenceDocxPath = MakeTemplate() });
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        var heading = styles.Single(s => s.StyleId == "Heading1");
        Assert.Equal("7A0019", heading.StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("Georgia", heading.StyleRunProperties.RunFonts!.Ascii!.Value);
        Assert.Single(styles, s => s.StyleId == "Normal");
        Assert.Contains(styles, s => s.StyleId == "ReportTable");
        Assert.Contains(styles, s => s.StyleId == "SourceCode");
        ValidityTests.AssertValid(docx);
    }

    [Fact]
    public void Template_page_setup_wins_and_tables_fit_its_text_width()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create(), new DocxWriterOptions { ReferenceDocxPath = MakeTemplate() });
        var section = docx.Body.Elements<SectionProperties>().Single();
        Assert.Equal(12240u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1800u, section.GetFirstChild<PageMargin>()!.Left!.Value);
        var table = docx.TablesIn("ReportTable").First();
        var width = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12240 - 2 * 1800, width);
        Assert.DoesNotContain("template body", DocxFile.TextOf(docx.Body));
    }

    [Fact]
    public void Missing_template_is_a_clear_error()
    {
        var missing = Path.Combine(_dir, "nope.docx");
        var error = Assert.Throws<InvalidDataException>(() => new DocxWriter(new DocxWriterOptions { ReferenceDocxPath = missing }));
        Assert.Equal($"reference document '{missing}' does not exist", error.Message);
    }

    [Fact]
    public void Template_that_is_not_a_docx_is_a_clear_error()
    {
        var path = Path.Combine(_dir, "notes.docx");
        File.WriteAllText(path, "just text");
        var error = Assert.Throws<InvalidDataException>(() => new DocxWriter(new DocxWriterOptions { ReferenceDocxPath = path }));
        Assert.StartsWith($"reference document '{path}' cannot be read as a .docx", error.Message);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
