using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Output;
using ReportGen.Pdf.PdfFile;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>The writers defend themselves against images whose data is not what their header says (validation catches
/// most of them first, but theme logos, images inside SVGs and library callers that skip validation reach the
/// writers): such an image is never embedded or decoded; a visible placeholder and a warning take its place.</summary>
public class HostileImageTests
{
    public static TheoryData<string> Hostile() => ["lying", "garbage", "short", "not-zlib", "truncated-jpeg"];

    private static ImageData Image(string name) => name switch
    {
        "lying" => HostileImages.LyingPng(),
        "garbage" => HostileImages.GarbagePng(),
        "short" => HostileImages.ShortPng(),
        "not-zlib" => HostileImages.NotZlibPng(),
        _ => HostileImages.Jpeg(120, 90, keep: 0.5),
    };

    private static ReportDocument WithFigure(ImageData image) => Engine.Paginated.Document(
        new HeadingBlock(1, [new TextInline("Impact")], "impact"),
        new FigureBlock("figures/chart.png", "Error rate during the outage", "Bar chart of the 5xx rate", image));

    private static int ImageXObjects(byte[] pdf) => Encoding.Latin1.GetString(pdf).Split("/Subtype/Image").Length - 1;

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_inspector_names_what_is_wrong(string name)
    {
        var problem = new ImageInspector().Inspect(Image(name)).Problem;
        Assert.NotNull(problem);
        if (name == "lying")
            Assert.Contains("60000×60000", problem);
    }

    [Fact]
    public void Sound_images_pass_in_every_png_colour_type_and_as_jpeg()
    {
        var inspector = new ImageInspector();
        Assert.Null(inspector.Inspect(PngFiles.Gradient(301, 97)).Problem);
        Assert.Null(inspector.Inspect(PngFiles.Gradient(40, 30, colourType: 6)).Problem);
        Assert.Null(inspector.Inspect(TestImages.ErrorRateChart()).Problem);
        Assert.Null(inspector.Inspect(HostileImages.Jpeg(120, 90)).Problem);
    }

    [Fact]
    public void An_image_over_the_pixel_cap_is_refused_with_the_limit_and_the_option_named()
    {
        var problem = new ImageInspector(maxPixels: 10_000).Inspect(PngFiles.Gradient(301, 97)).Problem;
        Assert.Contains("301×97", problem);
        Assert.Contains("MaxImagePixels", problem);
        Assert.Contains("301×97", new ImageInspector(maxPixels: 10_000).Inspect(HostileImages.Jpeg(301, 97)).Problem);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_figure_whose_image_lies_becomes_a_titled_placeholder_with_a_warning(string name)
    {
        var pdf = SharedWriter.Pdf(WithFigure(Image(name)), out var result);
        Assert.Equal(0, ImageXObjects(pdf));
        Assert.Contains(result.Warnings, w => w.Message.Contains("figures/chart.png", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("bug", StringComparison.OrdinalIgnoreCase));
        var text = PdfTools.Text(pdf);
        Assert.Contains("Bar chart of the 5xx rate", text);
        Assert.Contains("Error rate during the outage", text);
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
    }

    [Fact]
    public void A_lying_theme_logo_is_left_out_with_a_warning()
    {
        // The logo is drawn by the title block, so the document needs one.
        var withFigure = WithFigure(TestImages.ErrorRateChart());
        var document = withFigure with
        {
            Theme = new Theme { Logo = HostileImages.LyingPng() },
            Blocks = [new TitleBlock("INC-1", [new TextInline("Checkout outage")], []), .. withFigure.Blocks],
        };
        var pdf = SharedWriter.Pdf(document, out var result);
        Assert.Equal(1, ImageXObjects(pdf)); // the chart, not the logo
        Assert.Contains(result.Warnings, w => w.Message.Contains("logo", StringComparison.Ordinal) && w.Message.Contains("60000×60000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lying_png_inside_an_svg_figure_becomes_a_placeholder_box_with_a_warning()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(HostileImages.LyingPng().Bytes);
        var svg = $"<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'><rect width='200' height='100' fill='#eee'/><image href='{uri}' x='10' y='10' width='80' height='80'/></svg>";
        var image = new ImageData(Encoding.UTF8.GetBytes(svg), ImageFormat.Svg, 200, 100);
        var layout = Engine.Paginated.Of(WithFigure(image));
        Assert.DoesNotContain(layout.Pages.SelectMany(p => p.Commands), c => c is ImageCommand);
        Assert.Contains(layout.Warnings, w => w.Message.Contains("page 1", StringComparison.Ordinal) && w.Message.Contains("60000×60000", StringComparison.Ordinal));
        var pdf = SharedWriter.Pdf(WithFigure(image));
        Assert.Equal(0, ImageXObjects(pdf));
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
    }

    [Fact]
    public void The_pdf_file_writer_refuses_a_lying_png_even_when_asked_directly()
    {
        var images = new PdfDocumentContext(new PdfFileBuilder()).Images;
        Assert.Null(images.Get(HostileImages.LyingPng()));
        Assert.Null(images.Get(HostileImages.GarbagePng()));
        Assert.NotNull(images.Get(PngFiles.Gradient(30, 20)));
    }

    [Fact]
    public void Png_pages_draw_the_placeholder_instead_of_decoding_a_lying_image()
    {
        using var cache = new ImageCache();
        Assert.Null(cache.Get(HostileImages.LyingPng()));
        Assert.Null(cache.Get(HostileImages.ShortPng()));
        var pages = SharedWriter.Instance.RenderPngPages(WithFigure(HostileImages.LyingPng()), 30);
        Assert.NotEmpty(pages);
    }
}
