using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.PdfFile;

namespace ReportGen.Pdf.Tests.PdfFile;

/// <summary>The pure math behind gradient patterns: where the pattern lands on the page, which t values a shape
/// covers, how many periods are unrolled, and how stops become pieces.</summary>
public class GradientGeometryTests
{
    private static readonly RgbColor Red = new(255, 0, 0), Blue = new(0, 0, 255), White = new(255, 255, 255);

    [Fact]
    public void Pattern_matrix_applies_the_gradient_transform_then_the_current_transform_with_the_page_flip()
    {
        var gradient = AffineTransform.Scale(100, 50).Then(AffineTransform.Translate(10, 20)); // a bounding box
        var user = AffineTransform.Translate(5, 7);
        var flip = new AffineTransform(1, 0, 0, -1, 0, 800); // what a page's content stream starts with
        var (x, y) = GradientGeometry.PatternMatrix(gradient, user.Then(flip)).Apply(1, 1); // the box's far corner
        Assert.Equal(115, x, 3);
        Assert.Equal(800 - 77, y, 3); // PDF's default space has y up from the bottom of the page
        var (fx, fy) = GradientGeometry.PatternMatrix(gradient, user).Apply(1, 1);
        Assert.Equal((115f, 77f), (fx, fy)); // a stream without a flip (a form) keeps y down
    }

    [Fact]
    public void Inverse_undoes_a_transform_and_is_missing_for_a_flat_one()
    {
        var t = AffineTransform.Rotate(30).Then(AffineTransform.Scale(2, 3)).Then(AffineTransform.Translate(4, -5));
        var (a, b, c, d, e, f) = GradientGeometry.Inverse(t)!.Value;
        var (x, y) = t.Apply(7, 11);
        Assert.Equal(7, a * x + c * y + e, 4);
        Assert.Equal(11, b * x + d * y + f, 4);
        Assert.Null(GradientGeometry.Inverse(AffineTransform.Scale(0, 3)));
    }

    [Fact]
    public void Linear_range_is_the_t_of_the_box_corners()
    {
        var paint = new LinearGradientPaint(25, 0, 75, 0, [], GradientSpread.Reflect, AffineTransform.Identity);
        Assert.Equal((-0.5, 1.5), GradientGeometry.LinearRange(paint, new Box(0, 0, 100, 10)));
        // In bounding-box units the same gradient spans 0.25..0.75 of a 200-wide box at x = 100.
        var units = new LinearGradientPaint(0.25f, 0, 0.75f, 0, [], GradientSpread.Reflect,
            AffineTransform.Scale(200, 10).Then(AffineTransform.Translate(100, 0)));
        var (min, max) = GradientGeometry.LinearRange(units, new Box(100, 0, 200, 10))!.Value;
        Assert.Equal(-0.5, min, 5);
        Assert.Equal(1.5, max, 5);
        Assert.Null(GradientGeometry.LinearRange(paint with { X2 = 25 }, new Box(0, 0, 100, 10)));
    }

    [Fact]
    public void Radial_max_is_the_farthest_corner_in_radii_from_the_focal_point()
    {
        var centred = new RadialGradientPaint(50, 50, 50, 50, 50, [], GradientSpread.Repeat, AffineTransform.Identity);
        Assert.Equal(Math.Sqrt(2), GradientGeometry.RadialMax(centred, new Box(0, 0, 100, 100))!.Value, 4);
        // Focal point off centre: a point on the circle is at t = 1, whichever side it is on.
        var focal = new RadialGradientPaint(10, 0, 20, 0, 0, [], GradientSpread.Repeat, AffineTransform.Identity);
        Assert.Equal(1, GradientGeometry.RadialMax(focal, new Box(30, 0, 0, 0))!.Value, 4);
        Assert.Equal(1, GradientGeometry.RadialMax(focal, new Box(-10, 0, 0, 0))!.Value, 4);
        Assert.Null(GradientGeometry.RadialMax(centred with { R = 0 }, new Box(0, 0, 100, 100)));
    }

    [Theory]
    [InlineData(-0.5, 1.5, -1, 2)]
    [InlineData(0.2, 0.8, 0, 1)]
    [InlineData(100.2, 101.5, 100, 102)]
    [InlineData(3, 3, 3, 4)]
    [InlineData(-1000, 1000, -32, 32)] // too many: 64 periods around the gradient's own
    [InlineData(10, 500, 10, 74)]
    [InlineData(double.NaN, 1, 0, 1)]
    public void Periods_cover_the_range_and_stay_bounded(double min, double max, int first, int last)
    {
        Assert.Equal((first, last), GradientGeometry.Periods(min, max));
    }

    [Fact]
    public void Stops_become_pieces_with_padded_ends_and_hard_edges_where_offsets_repeat()
    {
        // Offsets out of order are raised to the one before (SVG); 0.75 then 0.5 is a hard edge at 0.75.
        var ramp = GradientRamp.From([new(0.25f, Red, 1), new(0.75f, White, 1), new(0.5f, Blue, 1)])!;
        Assert.Equal(
            [new GradientPiece(Red, Red, 1, 1), new GradientPiece(Red, White, 1, 1), new GradientPiece(Blue, Blue, 1, 1)],
            ramp.Pieces);
        Assert.Equal([(0.0, 0.25), (0.25, 0.75), (0.75, 1.0)], ramp.Unroll(GradientSpread.Pad, 0, 1).Select(s => (s.Start, s.End)));
        Assert.Null(GradientRamp.From([]));
        Assert.True(ramp.Opaque);
    }

    [Fact]
    public void Pieces_too_narrow_to_write_become_hard_edges_and_the_ramp_always_ends_at_one()
    {
        var ramp = GradientRamp.From([new(0, Red, 1), new(0.5f, White, 1), new(0.5000001f, Blue, 1), new(0.9999999f, Red, 1)])!;
        Assert.Equal([(0.0, 0.5, 0), (0.5, 1.0, 1)], ramp.Unroll(GradientSpread.Pad, 0, 1).Select(s => (s.Start, s.End, s.Piece)));
        Assert.Equal(new GradientPiece(Blue, Red, 1, 1), ramp.Pieces[1]);
        var single = GradientRamp.From([new(0.3f, Blue, 1)])!;
        Assert.Equal([new GradientPiece(Blue, Blue, 1, 1), new GradientPiece(Blue, Blue, 1, 1)], single.Pieces);
    }

    [Fact]
    public void Reflect_mirrors_odd_periods_and_repeat_does_not()
    {
        var ramp = GradientRamp.From([new(0, Red, 1), new(0.25f, White, 1), new(1, Blue, 0.5f)])!;
        var reflected = ramp.Unroll(GradientSpread.Reflect, -1, 1);
        Assert.Equal([(-1.0, -0.25, 1, true), (-0.25, 0.0, 0, true), (0.0, 0.25, 0, false), (0.25, 1.0, 1, false)],
            reflected.Select(s => (s.Start, s.End, s.Piece, s.Reversed)));
        var repeated = ramp.Unroll(GradientSpread.Repeat, 1, 3);
        Assert.Equal([1.0, 1.25, 2.0, 2.25], repeated.Select(s => s.Start));
        Assert.All(repeated, s => Assert.False(s.Reversed));
        Assert.False(ramp.Opaque);
        Assert.Null(ramp.ConstantAlpha);
        Assert.Equal(0.4f, GradientRamp.From([new(0, Red, 0.4f), new(1, Blue, 0.4f)])!.ConstantAlpha);
    }
}
