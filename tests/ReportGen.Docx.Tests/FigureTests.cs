using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
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

    [Theory]
    [InlineData("Error chart", "Figure 2. Errors", "Error chart")]
    [InlineData("", "Figure 2. Errors", "Figure 2. Errors")]
    [InlineData(" ", "", "figures/errors.png")]
    public void A_picture_always_has_alt_text_the_same_the_pdf_gives_it(string alt, string caption, string expected)
    {
        var figure = new FigureBlock("figures/errors.png", caption, alt, TestPng.Create(32, 16));
        using var docx = Write(figure);
        Assert.Equal(expected, docx.Body.Descendants<DW.DocProperties>().Single().Description!.Value);
        Assert.Equal(expected, figure.Description);
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
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Blocks = [Timeline()] }, options);
        Assert.Equal(TextWidthPoints, requested, 1);
        Assert.Single(docx.Main.ImageParts);
        var properties = docx.Body.Descendants<DW.DocProperties>().Single();
        Assert.Equal("Timeline of the incident", properties.Description!.Value);
        Assert.Equal("Timeline figure", properties.Name!.Value);
        Assert.Equal("Figure 1", DocxFile.TextOf(docx.ParagraphsIn("Caption").Single()));
        Assert.Empty(docx.Result.Warnings);
    }

    private static TimelineFigureBlock Timeline()
    {
        var start = new DateTimeOffset(2024, 3, 14, 14, 2, 0, TimeSpan.Zero);
        return new TimelineFigureBlock(new TimelineChart(start, start.AddMinutes(52), start.AddMinutes(6), null, null, []),
            "Figure 1", "Timeline of the incident");
    }

    [Fact]
    public void Timeline_figure_is_left_out_without_a_rasterizer()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Blocks = [Timeline()] });
        Assert.Empty(docx.Main.ImageParts);
        Assert.Empty(docx.ParagraphsIn("Caption"));
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("timeline", StringComparison.Ordinal));
    }

    [Fact]
    public void Theme_logo_opens_the_title_block_at_its_aspect_ratio()
    {
        var document = PostmortemFixture.Create();
        using var docx = DocxFile.Write(document with { Theme = document.Theme with { Logo = TestPng.Create(300, 100) } });
        var first = docx.Body.Elements<Paragraph>().First();
        var extent = first.Descendants<DW.Extent>().Single();
        Assert.Equal(36 * 12700, extent.Cy!.Value); // as tall as in the PDF
        Assert.Equal(3.0, extent.Cx!.Value / (double)extent.Cy.Value, 3);
        Assert.Equal(JustificationValues.Right, first.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("TitleKicker", first.ElementsAfter().OfType<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void Without_a_title_block_there_is_no_logo()
    {
        var document = PostmortemFixture.Create();
        using var docx = DocxFile.Write(document with
        {
            Theme = document.Theme with { Logo = TestPng.Create(300, 100) },
            Blocks = document.Blocks.Where(b => b is not TitleBlock and not TimelineFigureBlock and not FigureBlock).ToList(),
        });
        Assert.Empty(docx.Main.ImageParts);
    }
}
