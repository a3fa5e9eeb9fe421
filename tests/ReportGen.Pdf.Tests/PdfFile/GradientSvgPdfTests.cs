using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Svg;
using ReportGen.Pdf.Tests.Writer;
using SkiaSharp;
using static ReportGen.Pdf.Tests.PdfFile.GradientTestKit;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>An SVG figure with gradients, through the whole PDF writer: shadings in a valid file, the same bytes every
/// time, and the colours poppler shows matching the gradients and the PNG renderer.</summary>
public class GradientSvgPdfTests
{
    private const int Dpi = 144;

    private const string FigureSvg = """
        <svg xmlns='http://www.w3.org/2000/svg' width='400' height='200' viewBox='0 0 400 200'>
          <defs>
            <linearGradient id='pad'><stop offset='0' stop-color='#ff0000'/><stop offset='1' stop-color='#0000ff'/></linearGradient>
            <linearGradient id='reflect' href='#pad' x1='0.4' x2='0.6' spreadMethod='reflect'/>
            <linearGradient id='fade'><stop offset='0' stop-color='#008000'/><stop offset='1' stop-color='#008000' stop-opacity='0'/></linearGradient>
            <radialGradient id='glow' fx='0.3' fy='0.3'><stop offset='0' stop-color='#ffff00'/><stop offset='1' stop-color='#ff0000'/></radialGradient>
          </defs>
          <rect x='0' y='0' width='300' height='50' fill='url(#pad)'/>
          <rect x='0' y='60' width='300' height='50' fill='url(#reflect)'/>
          <rect x='0' y='120' width='300' height='50' fill='url(#fade)'/>
          <circle cx='350' cy='100' r='40' fill='url(#glow)'/>
        </svg>
        """;

    private static ReportDocument Document() => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks = [new FigureBlock("figures/gradients.svg", "Figure 1. Gradients", "gradients",
            new ImageData(Encoding.UTF8.GetBytes(FigureSvg), ImageFormat.Svg, 400, 200))],
    };

    [Fact]
    public void Svg_gradients_become_shadings_in_a_valid_deterministic_pdf()
    {
        var pdf = SharedWriter.Pdf(Document(), out var result);
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "gradient-svg-figure.pdf"), pdf);
        Assert.Empty(result.Warnings);
        var check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var text = Encoding.ASCII.GetString(pdf);
        Assert.Contains("/ShadingType 2", text, StringComparison.Ordinal); // the three linear gradients
        Assert.Contains("/ShadingType 3", text, StringComparison.Ordinal); // the radial one
        Assert.Contains("/FunctionType 3", text, StringComparison.Ordinal); // the reflected periods, stitched
        Assert.Contains("/SMask<</Type/Mask/S/Luminosity", text, StringComparison.Ordinal); // the fading stops
        Assert.Equal(pdf, SharedWriter.Pdf(Document()));
    }

    /// <summary>The horizontal bands are sampled along their middle: their colours change only across the page, so
    /// this holds whatever the page flip does to a pattern; the radial gradient is checked by GradientRenderingTests.</summary>
    [Fact]
    public void Gradient_bands_show_the_expected_colours_like_the_png_renderer()
    {
        var document = Document();
        var page = Poppler(SharedWriter.Pdf(document), Dpi);
        using var png = SKBitmap.Decode(SharedWriter.Instance.RenderPngPages(document, Dpi)[0]);
        var bands = Bands(document);
        Assert.Equal(3, bands.Count);
        foreach (var f in new[] { 0.1f, 0.3f, 0.45f, 0.55f, 0.7f, 0.9f })
        {
            var expected = new[]
            {
                Lerp((255, 0, 0), (0, 0, 255), f),
                Lerp((255, 0, 0), (0, 0, 255), Reflect((f - 0.4f) / 0.2f)),
                Lerp((0, 128, 0), (255, 255, 255), f), // green fading into the white page
            };
            for (var band = 0; band < 3; band++)
            {
                var box = bands[band];
                double x = box.X + f * box.Width, y = box.Y + box.Height / 2;
                var where = $"band {band} at {f:P0}";
                Near(expected[band], page.At(x, y), 6, where + " (PDF)");
                var skia = png.GetPixel((int)(x * Dpi / 72), (int)(y * Dpi / 72));
                Near((skia.Red, skia.Green, skia.Blue), page.At(x, y), 6, where + " (PDF against PNG)");
            }
        }
    }

    /// <summary>The page boxes of the linear-gradient rectangles, top to bottom.</summary>
    private static List<Box> Bands(ReportDocument document)
    {
        var layout = SharedWriter.Instance.Paginate(document);
        return SvgTestKit.Placed(layout.Pages[0].Commands)
            .Where(p => p.Command is FillPathCommand { Paint: LinearGradientPaint })
            .Select(p => p.Box).OrderBy(b => b.Y).ToList();
    }

    private static float Reflect(float t)
    {
        var m = t - 2 * MathF.Floor(t / 2);
        return m <= 1 ? m : 2 - m;
    }

    private static (int R, int G, int B) Lerp((int R, int G, int B) a, (int R, int G, int B) b, float t) =>
        ((int)Math.Round(a.R + (b.R - a.R) * t), (int)Math.Round(a.G + (b.G - a.G) * t), (int)Math.Round(a.B + (b.B - a.B) * t));

    /// <summary>The radial gradient's colours depend on where the pattern lands vertically, so this checks the page
    /// flip in the pattern matrix through the whole writer.</summary>
    [Fact]
    public void Radial_circle_matches_the_png_renderer()
    {
        var document = Document();
        var page = Poppler(SharedWriter.Pdf(document), Dpi);
        using var png = SKBitmap.Decode(SharedWriter.Instance.RenderPngPages(document, Dpi)[0]);
        var circle = SvgTestKit.Placed(SharedWriter.Instance.Paginate(document).Pages[0].Commands)
            .Single(p => p.Command is FillPathCommand { Paint: RadialGradientPaint }).Box;
        (double X, double Y) At(float fx, float fy) => (circle.X + fx * circle.Width, circle.Y + fy * circle.Height);
        Near((255, 255, 0), page.At(At(0.3f, 0.3f).X, At(0.3f, 0.3f).Y), 6, "the focal point: the first stop");
        foreach (var (fx, fy) in new[] { (0.5f, 0.5f), (0.7f, 0.4f), (0.4f, 0.8f), (0.2f, 0.5f) })
        {
            var (x, y) = At(fx, fy);
            var skia = png.GetPixel((int)(x * Dpi / 72), (int)(y * Dpi / 72));
            Near((skia.Red, skia.Green, skia.Blue), page.At(x, y), 6, $"circle at ({fx}, {fy}) (PDF against PNG)");
        }
    }
}
