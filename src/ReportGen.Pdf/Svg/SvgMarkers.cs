using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>Draws marker-start, marker-mid and marker-end (arrowheads of Mermaid and hand-written diagrams) at the
/// vertices of a shape: marker viewBox, refX/refY, markerWidth/Height, markerUnits and orient (an angle, auto or
/// auto-start-reverse). The marker's content is drawn by the drawer's own element walk.</summary>
internal sealed class SvgMarkers(IReadOnlyDictionary<string, SvgNode> ids)
{
    private bool _drawingMarker;

    /// <summary>A vertex of a path with the directions (radians) of the segments arriving and leaving, if any.</summary>
    private readonly record struct Vertex(float X, float Y, float? In, float? Out);

    public void Draw(ICanvas canvas, VectorPath outline, SvgStyle style, Action<SvgNode, SvgStyle, SvgViewport> drawContent)
    {
        if (_drawingMarker || (style.MarkerStart is null && style.MarkerMid is null && style.MarkerEnd is null))
            return;
        var vertices = Vertices(outline);
        if (vertices.Count == 0)
            return;
        _drawingMarker = true; // markers inside markers would recurse: SVG draws none there either
        try
        {
            for (var i = 0; i < vertices.Count; i++)
            {
                var reference = i == 0 ? style.MarkerStart : i == vertices.Count - 1 ? style.MarkerEnd : style.MarkerMid;
                if (SvgValues.LocalReference(reference) is { } id && ids.TryGetValue(id, out var marker) && marker.Name == "marker")
                    DrawOne(canvas, marker, vertices[i], isStart: i == 0, style.StrokeWidth, drawContent);
            }
        }
        finally
        {
            _drawingMarker = false;
        }
    }

    private static void DrawOne(ICanvas canvas, SvgNode marker, Vertex at, bool isStart, float strokeWidth,
        Action<SvgNode, SvgStyle, SvgViewport> drawContent)
    {
        var width = SvgValues.Length(marker.Attribute("markerWidth")) ?? 3;
        var height = SvgValues.Length(marker.Attribute("markerHeight")) ?? 3;
        if (width <= 0 || height <= 0)
            return;
        var viewBox = SvgValues.Numbers(marker.Attribute("viewBox"));
        var hasViewBox = viewBox.Count == 4 && viewBox[2] > 0 && viewBox[3] > 0;
        var content = hasViewBox ? SvgViewport.ViewBoxTransform(viewBox, width, height, marker.Attribute("preserveAspectRatio")) : AffineTransform.Identity;
        var (refX, refY) = content.Apply(SvgValues.Number(marker.Attribute("refX")) ?? 0, SvgValues.Number(marker.Attribute("refY")) ?? 0);
        var scale = marker.Attribute("markerUnits") == "userSpaceOnUse" ? 1 : strokeWidth;
        var placement = AffineTransform.Translate(-refX, -refY).Then(AffineTransform.Scale(scale, scale))
            .Then(AffineTransform.Rotate(Angle(marker.Attribute("orient"), at, isStart))).Then(AffineTransform.Translate(at.X, at.Y));
        canvas.Save();
        canvas.Concat(placement);
        if (marker.Property("overflow") is not ("visible" or "auto"))
            canvas.ClipPath(SvgShapes.Rect(0, 0, width, height)!);
        canvas.Concat(content);
        var style = new SvgStyle().Apply(marker, 0);
        var viewport = hasViewBox ? new SvgViewport(viewBox[2], viewBox[3]) : new SvgViewport(width, height);
        foreach (var child in marker.Children)
            drawContent(child, style, viewport);
        canvas.Restore();
    }

    private static float Angle(string? orient, Vertex at, bool isStart)
    {
        var text = orient?.Trim() ?? "0";
        if (text is "auto" or "auto-start-reverse")
        {
            float radians;
            if (at.In is { } i && at.Out is { } o)
            {
                // The bisector of the two directions, taking the short way round.
                var delta = MathF.Atan2(MathF.Sin(o - i), MathF.Cos(o - i));
                radians = i + delta / 2;
            }
            else
            {
                radians = at.Out ?? at.In ?? 0;
            }
            var degrees = radians * 180 / MathF.PI;
            return text == "auto-start-reverse" && isStart ? degrees + 180 : degrees;
        }
        var unit = text.EndsWith("rad", StringComparison.Ordinal) ? 180 / MathF.PI : 1;
        return (SvgValues.Number(text.TrimEnd('d', 'e', 'g', 'r', 'a')) ?? 0) * unit;
    }

    /// <summary>Every vertex of the path in order, with the direction of the segment before and after it.</summary>
    private static List<Vertex> Vertices(VectorPath path)
    {
        var result = new List<Vertex>();
        var p = path.Points;
        var i = 0;
        float cx = 0, cy = 0, startX = 0, startY = 0;
        var startIndex = -1;
        foreach (var verb in path.Verbs)
        {
            int count = verb switch { PathVerb.Move or PathVerb.Line => 1, PathVerb.Quad or PathVerb.Conic => 2, PathVerb.Cubic => 3, _ => 0 };
            if (verb == PathVerb.Move)
            {
                cx = startX = p[i];
                cy = startY = p[i + 1];
                startIndex = result.Count;
                result.Add(new Vertex(cx, cy, null, null));
                i += 2;
                continue;
            }
            float ex, ey, firstX, firstY, lastX, lastY;
            if (verb == PathVerb.Close)
            {
                (ex, ey, firstX, firstY, lastX, lastY) = (startX, startY, startX, startY, cx, cy);
            }
            else
            {
                ex = p[i + 2 * count - 2];
                ey = p[i + 2 * count - 1];
                (firstX, firstY) = (p[i], p[i + 1]);
                (lastX, lastY) = count > 1 ? (p[i + 2 * count - 4], p[i + 2 * count - 3]) : (cx, cy);
                if (firstX == cx && firstY == cy) (firstX, firstY) = (ex, ey);   // degenerate control point
                if (lastX == ex && lastY == ey) (lastX, lastY) = (cx, cy);
                i += 2 * count;
            }
            var outAngle = MathF.Atan2(firstY - cy, firstX - cx);
            var inAngle = MathF.Atan2(ey - lastY, ex - lastX);
            if (result.Count > 0)
                result[^1] = result[^1] with { Out = outAngle };
            result.Add(new Vertex(ex, ey, inAngle, null));
            (cx, cy) = (ex, ey);
            if (verb == PathVerb.Close && startIndex >= 0)
                result[startIndex] = result[startIndex] with { In = inAngle };
        }
        return result;
    }
}
