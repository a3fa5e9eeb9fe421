using ReportGen.Pdf.Engine;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>Converts the engine's library-free vector types (paths, paints, strokes, transforms) to Skia objects.</summary>
internal static class SkiaVectors
{
    public static SKMatrix ToSk(AffineTransform t) => new(t.A, t.C, t.E, t.B, t.D, t.F, 0, 0, 1);

    public static SKPath ToSk(VectorPath path)
    {
        using var sk = new SKPathBuilder { FillType = path.FillRule == FillRule.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding };
        var p = path.Points;
        int i = 0, w = 0;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.Move: sk.MoveTo(p[i], p[i + 1]); i += 2; break;
                case PathVerb.Line: sk.LineTo(p[i], p[i + 1]); i += 2; break;
                case PathVerb.Quad: sk.QuadTo(p[i], p[i + 1], p[i + 2], p[i + 3]); i += 4; break;
                case PathVerb.Conic: sk.ConicTo(p[i], p[i + 1], p[i + 2], p[i + 3], path.Weights[w++]); i += 4; break;
                case PathVerb.Cubic: sk.CubicTo(p[i], p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5]); i += 6; break;
                case PathVerb.Close: sk.Close(); break;
            }
        }
        return sk.Detach();
    }

    /// <summary>A paint for a colour or a gradient; <paramref name="bounds"/> is unused today but kept so gradients
    /// could be fitted to the shape without changing callers.</summary>
    public static SKPaint Paint(VectorPaint paint, Box bounds)
    {
        var sk = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = SKColors.Black };
        switch (paint)
        {
            case SolidPaint solid:
                sk.Color = Color(solid.Color, solid.Alpha);
                break;
            case LinearGradientPaint linear:
                sk.Shader = SKShader.CreateLinearGradient(new SKPoint(linear.X1, linear.Y1), new SKPoint(linear.X2, linear.Y2),
                    Colors(linear.Stops), Offsets(linear.Stops), Mode(linear.Spread), ToSk(linear.Transform));
                break;
            case RadialGradientPaint radial:
                sk.Shader = radial.Fx == radial.Cx && radial.Fy == radial.Cy
                    ? SKShader.CreateRadialGradient(new SKPoint(radial.Cx, radial.Cy), Math.Max(radial.R, 1e-6f),
                        Colors(radial.Stops), Offsets(radial.Stops), Mode(radial.Spread), ToSk(radial.Transform))
                    : SKShader.CreateTwoPointConicalGradient(new SKPoint(radial.Fx, radial.Fy), 0,
                        new SKPoint(radial.Cx, radial.Cy), Math.Max(radial.R, 1e-6f),
                        Colors(radial.Stops), Offsets(radial.Stops), Mode(radial.Spread), ToSk(radial.Transform));
                break;
        }
        return sk;
    }

    /// <summary>Turns a fill paint into a stroke paint; returns the dash effect (owned by the caller) if any.</summary>
    public static SKPathEffect? ApplyStroke(SKPaint paint, StrokeStyle stroke)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = stroke.Width;
        paint.StrokeCap = stroke.Cap switch { LineCap.Round => SKStrokeCap.Round, LineCap.Square => SKStrokeCap.Square, _ => SKStrokeCap.Butt };
        paint.StrokeJoin = stroke.Join switch { LineJoin.Round => SKStrokeJoin.Round, LineJoin.Bevel => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter };
        paint.StrokeMiter = stroke.MiterLimit;
        if (stroke.Dashes is not { Count: > 0 } dashes)
            return null;
        // Skia wants an even count of intervals; SVG repeats an odd list to make it even.
        var intervals = dashes.Count % 2 == 0 ? dashes.ToArray() : [.. dashes, .. dashes];
        var effect = SKPathEffect.CreateDash(intervals, stroke.DashOffset);
        paint.PathEffect = effect;
        return effect;
    }

    private static SKColor Color(Document.RgbColor c, float alpha) =>
        new(c.R, c.G, c.B, (byte)Math.Round(255 * Math.Clamp(alpha, 0, 1)));

    private static SKColor[] Colors(IReadOnlyList<GradientStop> stops) => stops.Select(s => Color(s.Color, s.Alpha)).ToArray();

    private static float[] Offsets(IReadOnlyList<GradientStop> stops) => stops.Select(s => s.Offset).ToArray();

    private static SKShaderTileMode Mode(GradientSpread spread) => spread switch
    {
        GradientSpread.Reflect => SKShaderTileMode.Mirror,
        GradientSpread.Repeat => SKShaderTileMode.Repeat,
        _ => SKShaderTileMode.Clamp,
    };
}
