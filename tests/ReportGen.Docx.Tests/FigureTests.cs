using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Tests.Support;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>Figures are embedded at their aspect ratio within the text width, captioned.</summary>
public class FigureTests
{
    private static readonly double TextWidthPoints = new Theme().PageWidth - new Theme().Margins.Left - new Theme().Margins.Right;

    private static DocxFile Write(FigureBlock figure, DocxWriterOptions? options = null) =>
        DocxFile.Write(PostmortemFixture.Create() with { Blocks = [figure] }, options);

    [Fact]
    public void Small_picture_keeps_its_size_and_aspect_ratio_with_caption_below()
    {
        using var docx = Write(new FigureBlock("a.png", "Figure 2. Errors", "Error chart", TestPng.Create(320, 160)));
        var extent = docx.Body.Descendants<DW.Extent>().Single();
        Assert.Equal(320 * 0.75 * 12700, extent.Cx!.Value, 1);
        Assert.Equal(2.0, extent.Cx!.Value / (double)extent.Cy!.Value, 3);
        Assert.Equal("Error chart", docx.Body.Descendants<DW.DocProperties>().Single().Description!.Value);
        var picture = docx.Body.Descendants<Drawing>().Single().Ancestors<Paragraph>().Single();
        Assert.Equal("Figure 2. Errors", DocxFile.TextOf(picture.ElementsAfter().OfType<Paragraph>().First()));
        var image = docx.Main.ImageParts.Single();
        using var stream = image.GetStream();
        Assert.Equal(TestPng.Create(320, 160).Bytes.Length, stream.Length);
    }

    [Fact]
    public void Wide_picture_is_scaled_to_the_text_width()
    {
        using var docx = Write(new FigureBlock("w.png", "wide", "", TestPng.Create(2000, 500)));
        var extent = docx.Body.Descendants<DW.Extent>().Single();
        Assert.InRange(extent.Cx!.Value, TextWidthPoints * 12700 - 12700, TextWidthPoints * 12700 + 12700);
        Assert.Equal(4.0, extent.Cx!.Value / (double)extent.Cy!.Value, 2);
    }

    [Fact]
    public void Timeline_figure_is_drawn_by_the_rasterizer_at_the_text_width()
    {
        double requested = 0;
        var options = new DocxWriterOptions { FigureRasterizer = (_, width) => { requested = width; return TestPng.Create(800, 200); } };
        using var docx = Write(new FigureBlock("figure:timeline", "Figure 1", "Timeline", null), options);
        Assert.Equal(TextWidthPoints, requested, 1);
        Assert.Single(docx.Main.ImageParts);
        Assert.Empty(docx.Result.Warnings);
    }

    [Fact]
    public void Timeline_figure_is_left_out_without_a_rasterizer()
    {
        using var docx = Write(new FigureBlock("figure:timeline", "Figure 1", "Timeline", null));
        Assert.Empty(docx.Main.ImageParts);
        Assert.Empty(docx.ParagraphsIn("Caption"));
        Assert.Contains(docx.Result.Warnings, w => w.Contains("timeline", StringComparison.Ordinal));
    }

    [Fact]
    public void Theme_logo_sits_above_the_title_at_its_aspect_ratio()
    {
        var document = PostmortemFixture.Create();
        using var docx = DocxFile.Write(document with { Theme = document.Theme with { Logo = TestPng.Create(300, 100) } });
        var first = docx.Body.Elements<Paragraph>().First();
        var extent = first.Descendants<DW.Extent>().Single();
        Assert.Equal(32 * 12700, extent.Cy!.Value);
        Assert.Equal(3.0, extent.Cx!.Value / (double)extent.Cy.Value, 3);
        Assert.Equal("Title", first.ElementsAfter().OfType<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }
}
