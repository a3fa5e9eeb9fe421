namespace ReportGen.Pdf.Engine;

/// <summary>A 2-D affine transform in SVG's order: x' = A·x + C·y + E, y' = B·x + D·y + F.</summary>
internal readonly record struct AffineTransform(float A, float B, float C, float D, float E, float F)
{
    public static AffineTransform Identity => new(1, 0, 0, 1, 0, 0);

    public bool IsIdentity => this == Identity;

    public static AffineTransform Translate(float x, float y) => new(1, 0, 0, 1, x, y);

    public static AffineTransform Scale(float x, float y) => new(x, 0, 0, y, 0, 0);

    public static AffineTransform Rotate(float degrees)
    {
        var radians = degrees * MathF.PI / 180f;
        var (sin, cos) = MathF.SinCos(radians);
        return new AffineTransform(cos, sin, -sin, cos, 0, 0);
    }

    public static AffineTransform SkewX(float degrees) => new(1, 0, MathF.Tan(degrees * MathF.PI / 180f), 1, 0, 0);

    public static AffineTransform SkewY(float degrees) => new(1, MathF.Tan(degrees * MathF.PI / 180f), 0, 1, 0, 0);

    /// <summary>This transform applied first, then <paramref name="outer"/> (SVG's "outer inner" nesting reads
    /// <c>outer.Then</c> backwards: <c>inner.Then(outer)</c>).</summary>
    public AffineTransform Then(AffineTransform outer) => new(
        outer.A * A + outer.C * B, outer.B * A + outer.D * B,
        outer.A * C + outer.C * D, outer.B * C + outer.D * D,
        outer.A * E + outer.C * F + outer.E, outer.B * E + outer.D * F + outer.F);

    public (float X, float Y) Apply(float x, float y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>The box around <paramref name="box"/>'s four corners once mapped.</summary>
    public Box Map(Box box)
    {
        var (x1, y1) = Apply(box.X, box.Y);
        var (x2, y2) = Apply(box.Right, box.Y);
        var (x3, y3) = Apply(box.X, box.Bottom);
        var (x4, y4) = Apply(box.Right, box.Bottom);
        var left = Math.Min(Math.Min(x1, x2), Math.Min(x3, x4));
        var top = Math.Min(Math.Min(y1, y2), Math.Min(y3, y4));
        return new Box(left, top, Math.Max(Math.Max(x1, x2), Math.Max(x3, x4)) - left, Math.Max(Math.Max(y1, y2), Math.Max(y3, y4)) - top);
    }

    /// <summary>How much lengths grow on average (for stroke widths mapped through the transform).</summary>
    public float MeanScale => MathF.Sqrt(MathF.Abs(A * D - B * C));
}
