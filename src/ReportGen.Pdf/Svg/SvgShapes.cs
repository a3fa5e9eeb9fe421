using ReportGen.Pdf.Engine;
using SkiaSharp;

namespace ReportGen.Pdf.Svg;

/// <summary>The outline of a basic shape or path element in its own user units, or null when it draws nothing
/// (zero size, missing or unreadable data). Path data is parsed by Skia (arcs included) and copied out.</summary>
internal static class SvgShapes
{
    private const float Kappa = 0.5522848f; // control-point distance of a cubic quarter ellipse

    public static bool IsShape(string name) => name is "path" or "rect" or "circle" or "ellipse" or "line" or "polyline" or "polygon";

    public static VectorPath? Outline(SvgNode node, SvgViewport viewport, float fontSize)
    {
        float L(string attribute, float reference) => SvgValues.Length(node.Attribute(attribute), reference, fontSize) ?? 0;
        return node.Name switch
        {
            "rect" => Rect(L("x", viewport.Width), L("y", viewport.Height), L("width", viewport.Width), L("height", viewport.Height),
                SvgValues.Length(node.Attribute("rx"), viewport.Width, fontSize), SvgValues.Length(node.Attribute("ry"), viewport.Height, fontSize)),
            "circle" => Ellipse(L("cx", viewport.Width), L("cy", viewport.Height), L("r", viewport.Diagonal), L("r", viewport.Diagonal)),
            "ellipse" => Ellipse(L("cx", viewport.Width), L("cy", viewport.Height), L("rx", viewport.Width), L("ry", viewport.Height)),
            "line" => new VectorPathBuilder().MoveTo(L("x1", viewport.Width), L("y1", viewport.Height))
                .LineTo(L("x2", viewport.Width), L("y2", viewport.Height)).Build(),
            "polyline" => Poly(node.Attribute("points"), close: false),
            "polygon" => Poly(node.Attribute("points"), close: true),
            "path" => PathData(node.Attribute("d")),
            _ => null,
        };
    }

    public static VectorPath? Rect(float x, float y, float width, float height, float? rx = null, float? ry = null)
    {
        if (width <= 0 || height <= 0)
            return null;
        // rx and ry default to each other, and are capped at half the side.
        var rX = Math.Clamp(rx ?? ry ?? 0, 0, width / 2);
        var rY = Math.Clamp(ry ?? rx ?? 0, 0, height / 2);
        var b = new VectorPathBuilder();
        if (rX <= 0 || rY <= 0)
            return b.MoveTo(x, y).LineTo(x + width, y).LineTo(x + width, y + height).LineTo(x, y + height).Close().Build();
        float kx = rX * Kappa, ky = rY * Kappa, r = x + width, btm = y + height;
        return b.MoveTo(x + rX, y).LineTo(r - rX, y)
            .CubicTo(r - rX + kx, y, r, y + rY - ky, r, y + rY).LineTo(r, btm - rY)
            .CubicTo(r, btm - rY + ky, r - rX + kx, btm, r - rX, btm).LineTo(x + rX, btm)
            .CubicTo(x + rX - kx, btm, x, btm - rY + ky, x, btm - rY).LineTo(x, y + rY)
            .CubicTo(x, y + rY - ky, x + rX - kx, y, x + rX, y).Close().Build();
    }

    public static VectorPath? Ellipse(float cx, float cy, float rx, float ry)
    {
        if (rx <= 0 || ry <= 0)
            return null;
        float kx = rx * Kappa, ky = ry * Kappa;
        return new VectorPathBuilder().MoveTo(cx + rx, cy)
            .CubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)
            .CubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)
            .CubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)
            .CubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy).Close().Build();
    }

    private static VectorPath? Poly(string? points, bool close)
    {
        var n = SvgValues.Numbers(points);
        if (n.Count < 4)
            return null;
        var b = new VectorPathBuilder().MoveTo(n[0], n[1]);
        for (var i = 2; i + 1 < n.Count; i += 2)
            b.LineTo(n[i], n[i + 1]);
        return (close ? b.Close() : b).Build();
    }

    /// <summary>The d attribute of a path. Skia parses it (arcs become conics), then the segments are copied into a
    /// <see cref="VectorPath"/> so nothing native outlives this call.</summary>
    public static VectorPath? PathData(string? d)
    {
        if (string.IsNullOrWhiteSpace(d))
            return null;
        using var parsed = SKPath.ParseSvgPathData(d);
        if (parsed is null || parsed.IsEmpty)
            return null;
        var b = new VectorPathBuilder();
        using var iterator = parsed.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move: b.MoveTo(points[0].X, points[0].Y); break;
                case SKPathVerb.Line: b.LineTo(points[1].X, points[1].Y); break;
                case SKPathVerb.Quad: b.QuadTo(points[1].X, points[1].Y, points[2].X, points[2].Y); break;
                case SKPathVerb.Conic: b.ConicTo(points[1].X, points[1].Y, points[2].X, points[2].Y, iterator.ConicWeight()); break;
                case SKPathVerb.Cubic: b.CubicTo(points[1].X, points[1].Y, points[2].X, points[2].Y, points[3].X, points[3].Y); break;
                case SKPathVerb.Close: b.Close(); break;
            }
        }
        return b.VerbCount == 0 ? null : b.Build();
    }
}
