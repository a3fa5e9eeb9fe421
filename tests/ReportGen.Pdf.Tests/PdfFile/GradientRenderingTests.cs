using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.PostProcessing;
using ReportGen.Pdf.Tests.Writer;
using static ReportGen.Pdf.Tests.PdfFile.GradientTestKit;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>Gradients written as PDF shadings, drawn by poppler, against the colours the gradient must have and
/// against the Skia drawing of the same shapes (what <c>--format png</c> shows).</summary>
public class GradientRenderingTests
{
    private const int Dpi = 144;
    private static readonly RgbColor Red = new(255, 0, 0), Blue = new(0, 0, 255), Green = new(0, 160, 0);

    private static GradientStop Stop(float offset, RgbColor color, float alpha = 1) => new(offset, color, alpha);

    private static LinearGradientPaint Linear(float x1, float x2, GradientSpread spread = GradientSpread.Pad, params GradientStop[] stops) =>
        new(x1, 0, x2, 0, stops.Length > 0 ? stops : [Stop(0, Red), Stop(1, Blue)], spread, AffineTransform.Identity);

    /// <summary>Writes the PDF for a person to look at, checks it with qpdf and rasterises it with poppler.</summary>
    private static Raster Render(string name, params GradientShape[] shapes)
    {
        var pdf = WritePdf(shapes);
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, $"gradient-{name}.pdf"), pdf);
        var check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        return Poppler(pdf, Dpi);
    }

    private static void LikeSkia(Raster pdf, string name, params GradientShape[] shapes) => LikeSkia(pdf, name, 0.01, shapes);

    /// <summary>At most <paramref name="allowed"/> of the pixels (edges, where renderers anti-alias differently) may
    /// differ from Skia's drawing by more than 8 levels in a channel.</summary>
    private static void LikeSkia(Raster pdf, string name, double allowed, params GradientShape[] shapes)
    {
        var share = DifferentShare(pdf, Skia(Dpi, Path.Combine(SharedWriter.ArtifactDirectory, $"gradient-{name}-skia.png"), shapes), tolerance: 8);
        Assert.True(share < allowed, $"{share:P2} of the pixels differ from the Skia drawing by more than 8 levels");
    }

    [Fact]
    public void Linear_gradient_runs_from_its_first_to_its_last_stop_and_pads_beyond()
    {
        var shape = new GradientShape(Rect(20, 20, 160, 40), Linear(60, 140), AffineTransform.Identity);
        var page = Render("linear", shape);
        Near((255, 0, 0), page.At(30, 40), 3, "left of x1 (padded with the first stop)");
        Near((128, 0, 127), page.At(100, 40), 4, "half way");
        Near((64, 0, 191), page.At(120, 40), 4, "three quarters");
        Near((0, 0, 255), page.At(170, 40), 3, "right of x2 (padded with the last stop)");
        Near((255, 255, 255), page.At(100, 80), 0, "outside the shape");
        LikeSkia(page, "linear", shape);
    }

    [Fact]
    public void Pattern_follows_the_user_transform_and_the_gradient_transform_on_a_flipped_page()
    {
        // A bounding-box gradient (0..1 across the box, top to bottom) on a shape moved and rotated by its group.
        var box = Rect(0, 0, 80, 50);
        var paint = new LinearGradientPaint(0, 0, 0, 1, [Stop(0, Red), Stop(0.5f, Green), Stop(1, Blue)], GradientSpread.Pad,
            AffineTransform.Scale(80, 50));
        var user = AffineTransform.Rotate(30).Then(AffineTransform.Translate(80, 20));
        var shape = new GradientShape(box, paint, user);
        var page = Render("transformed", shape);
        // Sampled along the box's vertical centre line, mapped onto the page the way the group maps it.
        (double X, double Y) At(float t) => user.Apply(40, 50 * t);
        Near((230, 16, 0), page.At(At(0.05f).X, At(0.05f).Y), 6, "t = 0.05");
        Near((0, 160, 0), page.At(At(0.5f).X, At(0.5f).Y), 6, "t = 0.5");
        Near((0, 16, 230), page.At(At(0.95f).X, At(0.95f).Y), 6, "t = 0.95");
        LikeSkia(page, "transformed", shape);
    }

    [Fact]
    public void Radial_gradient_with_a_focal_point_matches_the_png_renderer()
    {
        var paint = new RadialGradientPaint(100, 75, 60, 80, 60, [Stop(0, new RgbColor(255, 255, 0)), Stop(0.6f, Red), Stop(1, Blue)],
            GradientSpread.Pad, AffineTransform.Identity);
        var shape = new GradientShape(Rect(10, 5, 180, 140), paint, AffineTransform.Identity);
        var page = Render("radial", shape);
        Near((255, 255, 0), page.At(80, 60), 4, "the focal point");
        Near((0, 0, 255), page.At(15, 140), 3, "outside the circle (padded)");
        LikeSkia(page, "radial", shape);
    }

    [Fact]
    public void Reflected_linear_gradient_mirrors_every_other_period_across_the_whole_shape()
    {
        var shape = new GradientShape(Rect(10, 20, 180, 40), Linear(50, 70, GradientSpread.Reflect), AffineTransform.Identity);
        var page = Render("reflect", shape);
        Near((128, 0, 127), page.At(60, 40), 5, "t = 0.5");
        Near((0, 0, 255), page.At(70.5, 40), 12, "t = 1");
        Near((128, 0, 127), page.At(80, 40), 5, "t = 1.5 (mirrored)");
        Near((255, 0, 0), page.At(90.5, 40), 12, "t = 2");
        Near((128, 0, 127), page.At(40, 40), 5, "t = -0.5 (mirrored)");
        Near((128, 0, 127), page.At(180, 40), 5, "t = 6.5, far right");
        LikeSkia(page, "reflect", shape);
    }

    [Fact]
    public void Repeated_radial_gradient_restarts_each_period()
    {
        var paint = new RadialGradientPaint(100, 75, 20, 100, 75, [Stop(0, Red), Stop(1, Blue)], GradientSpread.Repeat, AffineTransform.Identity);
        var shape = new GradientShape(Rect(10, 5, 180, 140), paint, AffineTransform.Identity);
        var page = Render("repeat", shape);
        Near((128, 0, 127), page.At(110, 75), 5, "t = 0.5");
        Near((128, 0, 127), page.At(130, 75), 5, "t = 1.5");
        Near((128, 0, 127), page.At(100, 125), 5, "t = 2.5");
        // Every period ends in a hard edge (blue to red), one more ring of edge pixels each: 5 rings here.
        LikeSkia(page, "repeat", 0.035, shape);
    }

    [Fact]
    public void Stop_alpha_fades_the_shape_into_the_page()
    {
        var paint = Linear(20, 180, GradientSpread.Pad, Stop(0, Red, 1), Stop(1, Blue, 0));
        var shape = new GradientShape(Rect(20, 20, 160, 40), paint, AffineTransform.Identity);
        var page = Render("alpha", shape);
        Near((255, 0, 0), page.At(21, 40), 6, "opaque start");
        Near((191, 128, 191), page.At(100, 40), 6, "half way: purple at half alpha over white");
        Near((255, 255, 255), page.At(179.5, 40), 6, "transparent end");
        LikeSkia(page, "alpha", shape);
    }

    [Fact]
    public void Gradient_stroke_and_constant_alpha_match_the_png_renderer()
    {
        var diagonal = new LinearGradientPaint(30, 30, 100, 120, [Stop(0, Green), Stop(0.5f, Red)], GradientSpread.Reflect, AffineTransform.Identity);
        var outline = new GradientShape(Rect(30, 30, 140, 90), diagonal, AffineTransform.Identity, new StrokeStyle(12, Join: LineJoin.Round));
        var faint = new GradientShape(Rect(60, 60, 80, 30), Linear(60, 140, GradientSpread.Pad, Stop(0, Blue, 0.5f), Stop(1, Red, 0.5f)),
            AffineTransform.Identity);
        var page = Render("stroke", outline, faint);
        Near((38, 136, 0), page.At(31, 40), 6, "left side of the stroke, t = 0.075");
        Near((127, 127, 255), page.At(61, 75), 6, "blue at half alpha over white");
        LikeSkia(page, "stroke", outline, faint);
    }

    [Fact]
    public void Gradient_without_extent_shows_its_last_stop_and_a_squashed_or_invisible_one_nothing()
    {
        var flat = new GradientShape(Rect(20, 20, 50, 40), Linear(40, 40), AffineTransform.Identity);
        var squashed = new GradientShape(Rect(80, 20, 50, 40), Linear(80, 130) with { Transform = AffineTransform.Scale(1, 0) },
            AffineTransform.Identity);
        var invisible = new GradientShape(Rect(140, 20, 50, 40), Linear(140, 190, GradientSpread.Pad, Stop(0, Red, 0), Stop(1, Blue, 0)),
            AffineTransform.Identity);
        var page = Render("degenerate", flat, squashed, invisible);
        Near((0, 0, 255), page.At(45, 40), 0, "equal ends: the last stop (SVG)");
        Near((255, 255, 255), page.At(105, 40), 0, "a gradient squashed to a line paints nothing");
        Near((255, 255, 255), page.At(165, 40), 0, "fully transparent stops paint nothing");
    }

    [Fact]
    public void Same_gradients_give_the_same_bytes_and_shared_shadings_are_written_once()
    {
        GradientShape Bar(float x) => new(Rect(x, 20, 30, 100),
            new LinearGradientPaint(0, 0, 0, 1, [Stop(0, Red), Stop(1, Blue)], GradientSpread.Pad,
                AffineTransform.Scale(30, 100).Then(AffineTransform.Translate(x, 20))), AffineTransform.Identity);
        var bars = new[] { Bar(10), Bar(50), Bar(90) };
        var pdf = WritePdf(bars);
        Assert.Equal(pdf, WritePdf(bars));
        var text = System.Text.Encoding.ASCII.GetString(pdf);
        Assert.Equal(1, Count(text, "/ShadingType 2"));
        Assert.Equal(3, Count(text, "/PatternType 2"));
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
