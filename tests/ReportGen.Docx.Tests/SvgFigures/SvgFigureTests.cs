using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using SvgBlip = DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip;

namespace ReportGen.Docx.Tests.SvgFigures;

/// <summary>SVG figures and logos are embedded as Word 2016+ does: a PNG blip with an svgBlip extension.</summary>
public class SvgFigureTests
{
    internal static readonly ImageData Chart = new(Encoding.UTF8.GetBytes(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 200'><rect width='400' height='200' fill='#d62728'/></svg>"),
        ImageFormat.Svg, 400, 200);

    /// <summary>A rasterizer standing in for the PDF writer's: records what it was asked for.</summary>
    internal sealed class FakeRasterizer
    {
        public List<(double Width, double Height)> Calls { get; } = [];

        public RasterizedSvg? Render(ImageData svg, double width, double height)
        {
            Calls.Add((width, height));
            return new RasterizedSvg(TestPng.Create((int)Math.Ceiling(width), (int)Math.Ceiling(height)), Warnings);
        }

        /// <summary>What every rendering reports as left out.</summary>
        public IReadOnlyList<string> Warnings { get; init; } = [];
    }

    internal static DocxFile Write(ImageData image, DocxWriterOptions options, Theme? theme = null)
    {
        var document = PostmortemFixture.Create(draft: false) with
        {
            Blocks = [new TitleBlock(null, [new TextInline("Title")], []), new FigureBlock("figures/chart.svg", "Figure 1. Errors", "Error chart", image)],
        };
        return DocxFile.Write(theme is null ? document : document with { Theme = theme }, options);
    }

    [Fact]
    public void Svg_figure_embeds_the_svg_part_and_a_png_fallback_at_the_printed_size()
    {
        var raster = new FakeRasterizer();
        using var docx = Write(Chart, new DocxWriterOptions { SvgRasterizer = raster.Render });
        Assert.Empty(docx.Result.Warnings);
        var blip = docx.Body.Descendants<A.Blip>().Single();
        var png = (ImagePart)docx.Main.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", png.ContentType);
        var extension = blip.GetFirstChild<A.BlipExtensionList>()!.Elements<A.BlipExtension>().Single();
        Assert.Equal("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", extension.Uri!.Value);
        var svg = (ImagePart)docx.Main.GetPartById(extension.GetFirstChild<SvgBlip>()!.Embed!.Value!);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using (var stream = svg.GetStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            Assert.Equal(Chart.Bytes, copy.ToArray());
        }
        // The fallback is drawn at exactly the size the picture is shown, which keeps the SVG's aspect ratio.
        var (width, height) = Assert.Single(raster.Calls);
        var extent = docx.Body.Descendants<DW.Extent>().Single();
        Assert.Equal(width * 12700, extent.Cx!.Value, 1);
        Assert.Equal(height * 12700, extent.Cy!.Value, 1);
        Assert.Equal(2.0, width / height, 3);
        Assert.Single(docx.ParagraphsIn("Caption"));
    }

    [Fact]
    public void Document_with_svg_pictures_is_valid_and_deterministic()
    {
        var options = new DocxWriterOptions { SvgRasterizer = new FakeRasterizer().Render };
        var theme = new Theme { Logo = Chart };
        using var first = Write(Chart, options, theme);
        using var second = Write(Chart, options, theme);
        Assert.Empty(first.ValidationErrors());
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(2, first.Body.Descendants<SvgBlip>().Count()); // the logo and the figure
    }

    [Fact]
    public void Svg_logo_is_embedded_with_its_fallback()
    {
        var raster = new FakeRasterizer();
        using var docx = Write(TestPng.Create(10, 10), new DocxWriterOptions { SvgRasterizer = raster.Render }, new Theme { Logo = Chart });
        var (width, height) = Assert.Single(raster.Calls); // the logo only: the figure is a PNG
        Assert.Equal(36, height, 3);                       // logos are 36 pt tall, as in the PDF
        Assert.Equal(72, width, 3);
        Assert.Single(docx.Body.Descendants<SvgBlip>());
        Assert.Empty(docx.Result.Warnings);
    }

    [Fact]
    public void Without_a_rasterizer_the_svg_is_left_out_with_a_warning()
    {
        using var docx = Write(Chart, new DocxWriterOptions(), new Theme { Logo = Chart });
        Assert.Empty(docx.Main.ImageParts);
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("the SVG figure 'figures/chart.svg' was left out", StringComparison.Ordinal));
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("the theme's SVG logo was left out", StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_png_fallback_leaves_out_is_a_warning_and_the_svg_is_still_embedded()
    {
        var raster = new FakeRasterizer { Warnings = ["not drawn: filter"] };
        using var docx = Write(Chart, new DocxWriterOptions { SvgRasterizer = raster.Render });
        Assert.Equal(["the SVG figure 'figures/chart.svg', in the PNG shown by viewers without SVG support: not drawn: filter"],
            docx.Result.Warnings.Select(w => w.Message));
        Assert.Single(docx.Body.Descendants<SvgBlip>());
    }

    [Fact]
    public void Unreadable_svg_is_left_out_with_a_warning()
    {
        using var docx = Write(Chart, new DocxWriterOptions { SvgRasterizer = (_, _, _) => null });
        Assert.Empty(docx.Main.ImageParts);
        Assert.Empty(docx.ParagraphsIn("Caption"));
        Assert.Equal(["the SVG figure 'figures/chart.svg' could not be read as SVG; it was left out of the Word document"], docx.Result.Warnings.Select(w => w.Message));
    }
}
