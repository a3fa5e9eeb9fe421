using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.PdfFile;

/// <summary>The pure geometry of a gradient in PDF: the pattern matrix, and which gradient parameters t a box of
/// user space covers (so reflect and repeat, which PDF shadings cannot do, can be unrolled over just those periods).
/// Computed in double precision: objectBoundingBox gradients live in a 0..1 space that floats would blur.</summary>
internal static class GradientGeometry
{
    /// <summary>At most this many periods of a reflected or repeated gradient are unrolled; beyond them the shading
    /// pads with its end colours. 64 periods of even a 5 pt gradient span a page, so only degenerate drawings lose.</summary>
    public const int MaxPeriods = 64;

    /// <summary>Maps gradient space to the default space of the stream the pattern is used in. A pattern ignores the
    /// current transform, so it carries it: the gradient's own transform, then the current transformation matrix
    /// (<paramref name="user"/>, relative to the stream's default space: for a page it includes the page's flip).</summary>
    public static AffineTransform PatternMatrix(AffineTransform gradient, AffineTransform user) => gradient.Then(user);

    /// <summary>The inverse of <paramref name="t"/>, or null when it squashes the plane to a line or a point.</summary>
    public static (double A, double B, double C, double D, double E, double F)? Inverse(AffineTransform t)
    {
        double det = (double)t.A * t.D - (double)t.B * t.C;
        if (!double.IsFinite(det) || Math.Abs(det) < 1e-12)
            return null;
        double a = t.D / det, b = -t.B / det, c = -t.C / det, d = t.A / det;
        return (a, b, c, d, -(a * t.E + c * t.F), -(b * t.E + d * t.F));
    }

    /// <summary>The range of t that a linear gradient takes over <paramref name="userBox"/>, or null when the
    /// gradient has no direction or its transform cannot be inverted. t is linear, so the corners give the extremes.</summary>
    public static (double Min, double Max)? LinearRange(LinearGradientPaint paint, Box userBox)
    {
        double dx = paint.X2 - paint.X1, dy = paint.Y2 - paint.Y1, length2 = dx * dx + dy * dy;
        if (length2 < 1e-18 || Corners(paint.Transform, userBox) is not { } corners)
            return null;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var (x, y) in corners)
        {
            var t = ((x - paint.X1) * dx + (y - paint.Y1) * dy) / length2;
            min = Math.Min(min, t);
            max = Math.Max(max, t);
        }
        return (min, max);
    }

    /// <summary>The largest t a focal radial gradient reaches over <paramref name="userBox"/> (t starts at 0 at the
    /// focal point). With the focal point inside the circle, every set {t ≤ c} is a disc, so t is largest at a
    /// corner. Null when the circle is empty, the transform cannot be inverted or no corner is painted (a focal
    /// point outside the circle paints only a cone).</summary>
    public static double? RadialMax(RadialGradientPaint paint, Box userBox)
    {
        if (paint.R <= 0 || Corners(paint.Transform, userBox) is not { } corners)
            return null;
        // |q − t·d| = t·R with q = p − F, d = C − F: a·t² − 2(q·d)·t + q·q = 0, a = d·d − R².
        double dx = paint.Cx - paint.Fx, dy = paint.Cy - paint.Fy, a = dx * dx + dy * dy - (double)paint.R * paint.R;
        double? max = null;
        foreach (var (x, y) in corners)
        {
            double qx = x - paint.Fx, qy = y - paint.Fy, qd = qx * dx + qy * dy, qq = qx * qx + qy * qy;
            double t;
            if (Math.Abs(a) < 1e-12)
                t = qd > 0 ? qq / (2 * qd) : double.NaN;
            else
            {
                var disc = qd * qd - a * qq;
                t = disc < 0 ? double.NaN : Math.Max((qd + Math.Sqrt(disc)) / a, (qd - Math.Sqrt(disc)) / a);
            }
            if (double.IsFinite(t) && t >= 0)
                max = Math.Max(max ?? 0, t);
        }
        return max;
    }

    /// <summary>The whole periods [First, Last) that cover [min, max], at most <see cref="MaxPeriods"/> of them,
    /// kept as close to the gradient's own period [0, 1) as the range allows.</summary>
    public static (int First, int Last) Periods(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || max < min)
            return (0, 1);
        var first = (int)Math.Clamp(Math.Floor(min), -1e6, 1e6);
        var last = (int)Math.Clamp(Math.Ceiling(max), -1e6, 1e6);
        if (last <= first)
            last = first + 1;
        if (last - first > MaxPeriods)
        {
            first = Math.Clamp(-MaxPeriods / 2, first, last - MaxPeriods);
            last = first + MaxPeriods;
        }
        return (first, last);
    }

    /// <summary>The four corners of <paramref name="userBox"/> in gradient space.</summary>
    private static (double X, double Y)[]? Corners(AffineTransform gradient, Box userBox)
    {
        if (Inverse(gradient) is not { } inverse)
            return null;
        var (a, b, c, d, e, f) = inverse;
        (double X, double Y) Map(double x, double y) => (a * x + c * y + e, b * x + d * y + f);
        return [Map(userBox.X, userBox.Y), Map(userBox.Right, userBox.Y), Map(userBox.X, userBox.Bottom), Map(userBox.Right, userBox.Bottom)];
    }
}
