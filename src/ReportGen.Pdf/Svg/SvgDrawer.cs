using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Svg;

/// <summary>Draws a cascaded SVG tree through an <see cref="ICanvas"/> in SVG user units: groups, nested viewports,
/// use/symbol, shapes, text, embedded raster images, transforms, group opacity and clip paths. Whatever it cannot
/// draw is skipped and named in <see cref="SvgWarnings"/>. One drawer per drawing; not thread-safe.</summary>
internal sealed class SvgDrawer
{
    /// <summary>Elements drawn at most (uses that reference uses multiply: an SVG "billion laughs" stops here).</summary>
    public const int MaxDrawnElements = 250_000;
    private const int MaxUseDepth = 16;
    private const int MaxNesting = 256;

    private readonly IReadOnlyDictionary<string, SvgNode> _ids;
    private readonly SvgWarnings _warnings;
    private readonly SvgPaints _paints;
    private readonly SvgText _text;
    private readonly SvgForeignText _foreignText;
    private readonly SvgMarkers _markers;
    private readonly SvgClips _clips;
    private readonly HashSet<SvgNode> _usesInProgress = new(ReferenceEqualityComparer.Instance);
    private int _drawn;
    private readonly Dictionary<SvgNode, VectorPath?> _pathData = new(ReferenceEqualityComparer.Instance);
    private int _depth;

    public SvgDrawer(IReadOnlyDictionary<string, SvgNode> ids, FontLibrary fonts, SvgWarnings warnings)
    {
        _ids = ids;
        _warnings = warnings;
        _paints = new SvgPaints(ids, warnings);
        _text = new SvgText(fonts, _paints);
        _foreignText = new SvgForeignText(_text);
        _clips = new SvgClips(ids, warnings);
        _markers = new SvgMarkers(ids);
    }

    /// <summary>Draws the root element into a viewport of <paramref name="width"/> × <paramref name="height"/>.</summary>
    public void DrawRoot(ICanvas canvas, SvgNode root, float width, float height) =>
        DrawViewport(canvas, root, 0, 0, width, height, new SvgStyle().Apply(root, new SvgViewport(width, height).Diagonal));

    private void DrawViewport(ICanvas canvas, SvgNode node, float x, float y, float width, float height, SvgStyle style)
    {
        if (width <= 0 || height <= 0)
            return;
        var viewBox = SvgValues.Numbers(node.Attribute("viewBox"));
        var hasViewBox = viewBox.Count == 4 && viewBox[2] > 0 && viewBox[3] > 0;
        canvas.Save();
        canvas.Concat(AffineTransform.Translate(x, y));
        if (node.Property("overflow") is not ("visible" or "auto"))
            canvas.ClipPath(SvgShapes.Rect(0, 0, width, height)!);
        if (hasViewBox)
            canvas.Concat(SvgViewport.ViewBoxTransform(viewBox, width, height, node.Attribute("preserveAspectRatio")));
        var viewport = hasViewBox ? new SvgViewport(viewBox[2], viewBox[3]) : new SvgViewport(width, height);
        foreach (var child in node.Children)
            DrawNode(canvas, child, style, viewport);
        canvas.Restore();
    }

    /// <summary>Draws one element within the budgets: element count, and nesting (uses inside uses multiply the
    /// tree's depth; the stack must never overflow on a render thread).</summary>
    private void DrawNode(ICanvas canvas, SvgNode node, SvgStyle parentStyle, SvgViewport viewport)
    {
        if (_drawn >= MaxDrawnElements || _depth >= MaxNesting)
        {
            _warnings.Truncated = _drawn >= MaxDrawnElements
                ? $"it draws more than {MaxDrawnElements} elements; the rest was left out"
                : $"its elements and uses nest deeper than {MaxNesting} levels; the deepest were left out";
            return;
        }
        _drawn++;
        _depth++;
        try
        {
            DrawElement(canvas, node, parentStyle, viewport);
        }
        finally
        {
            _depth--;
        }
    }

    private void DrawElement(ICanvas canvas, SvgNode node, SvgStyle parentStyle, SvgViewport viewport)
    {
        if (node.Property("display") == "none" || !SvgDrawRules.IsRendered(node, _warnings))
            return;
        if (node.Name == "switch")
        {
            var chosen = SvgDrawRules.SwitchChoice(node);
            if (chosen is not null)
                DrawNode(canvas, chosen, parentStyle.Apply(node, viewport.Diagonal), viewport);
            return;
        }
        var style = parentStyle.Apply(node, viewport.Diagonal);
        SvgDrawRules.NoteUnsupportedProperties(node, _warnings);
        var opacity = SvgStyle.Opacity(node.Property("opacity")) ?? 1;
        if (opacity <= 0)
            return;
        var transform = SvgValues.Transform(node.Attribute("transform"));
        var outline = SvgShapes.IsShape(node.Name) ? Outline(node, viewport, style.FontSize) : null;
        var clip = _clips.For(node, outline?.Bounds, viewport, style.FontSize);
        // A shape painted once (fill or stroke, not both) takes its opacity into the paint: same result, and no
        // offscreen layer (each layer costs a full-size bitmap when rasterising, and a transparency group in PDF).
        var layerOpacity = opacity;
        if (opacity < 1 && outline is not null && SvgDrawRules.PaintsOnce(node, style))
        {
            style = style with { FillOpacity = style.FillOpacity * opacity, StrokeOpacity = style.StrokeOpacity * opacity };
            layerOpacity = 1;
        }
        var wrapped = layerOpacity < 1 || !transform.IsIdentity || clip is not null;
        if (wrapped)
        {
            // The layer is opened before the element's transform applies: its bounds are in the parent's space.
            canvas.Save(layerOpacity, layerOpacity < 1 ? SvgDrawRules.LayerBounds(outline, style, transform) : null);
            if (!transform.IsIdentity)
                canvas.Concat(transform);
            if (clip is not null)
                canvas.ClipPath(clip);
        }
        switch (node.Name)
        {
            case "g" or "a":
                foreach (var child in node.Children)
                    DrawNode(canvas, child, style, viewport);
                break;
            case "svg":
                DrawViewport(canvas, node, Length(node, "x", viewport.Width, style), Length(node, "y", viewport.Height, style),
                    Length(node, "width", viewport.Width, style, "100%"), Length(node, "height", viewport.Height, style, "100%"), style);
                break;
            case "use":
                DrawUse(canvas, node, style, viewport);
                break;
            case "text":
                _text.Draw(canvas, node, style, viewport);
                break;
            case "image":
                SvgImages.Draw(canvas, node, viewport, style.FontSize, _warnings);
                break;
            case "foreignObject":
                if (!_foreignText.Draw(canvas, node, style, viewport))
                    _warnings.Unsupported("<foreignObject> content other than text");
                break;
            default:
                if (outline is not null)
                    DrawShape(canvas, node, outline, style, viewport);
                break;
        }
        if (wrapped)
            canvas.Restore();
    }

    private void DrawShape(ICanvas canvas, SvgNode node, VectorPath outline, SvgStyle style, SvgViewport viewport)
    {
        if (!style.Visible)
            return;
        if (node.Name != "line" && _paints.Resolve(style.Fill, style.FillOpacity, style, outline.Bounds, viewport) is { } fill)
            canvas.FillPath(outline.WithFillRule(style.FillRule), fill);
        if (style.StrokeWidth > 0 && _paints.Resolve(style.Stroke, style.StrokeOpacity, style, outline.Bounds, viewport) is { } stroke)
            canvas.StrokePath(outline, stroke, new StrokeStyle(style.StrokeWidth, style.LineCap, style.LineJoin,
                style.MiterLimit, style.Dashes, style.DashOffset));
        if (node.Name is "path" or "line" or "polyline" or "polygon")
            _markers.Draw(canvas, outline, style, (child, markerStyle, markerViewport) => DrawNode(canvas, child, markerStyle, markerViewport));
    }

    private void DrawUse(ICanvas canvas, SvgNode use, SvgStyle style, SvgViewport viewport)
    {
        var href = use.Attribute("href");
        if (SvgValues.LocalReference(href) is not { } id)
        {
            if (!string.IsNullOrWhiteSpace(href))
                _warnings.Unsupported("references to other files");
            return;
        }
        if (!_ids.TryGetValue(id, out var target))
            return;
        if (SvgDrawRules.IsAncestor(target, use) || _usesInProgress.Count >= MaxUseDepth || !_usesInProgress.Add(target))
        {
            _warnings.Unsupported("<use> elements that reference themselves");
            return;
        }
        var x = Length(use, "x", viewport.Width, style);
        var y = Length(use, "y", viewport.Height, style);
        if (target.Name is "symbol" or "svg")
        {
            var width = Length(use, "width", viewport.Width, style, target.Attribute("width") ?? "100%");
            var height = Length(use, "height", viewport.Height, style, target.Attribute("height") ?? "100%");
            DrawViewport(canvas, target, x, y, width, height, style.Apply(target, viewport.Diagonal));
        }
        else
        {
            canvas.Save();
            canvas.Concat(AffineTransform.Translate(x, y));
            DrawNode(canvas, target, style, viewport);
            canvas.Restore();
        }
        _usesInProgress.Remove(target);
    }

    /// <summary>A shape's outline; path data is parsed once per element however often uses draw it (a scatter plot
    /// is thousands of uses of one marker path). Other shapes depend on the viewport and font size, and are cheap.</summary>
    private VectorPath? Outline(SvgNode node, SvgViewport viewport, float fontSize)
    {
        if (node.Name != "path")
            return SvgShapes.Outline(node, viewport, fontSize);
        if (!_pathData.TryGetValue(node, out var outline))
            _pathData[node] = outline = SvgShapes.PathData(node.Attribute("d"));
        return outline;
    }

    private static float Length(SvgNode node, string attribute, float reference, SvgStyle style, string fallback = "0") =>
        SvgValues.Length(node.Attribute(attribute) ?? fallback, reference, style.FontSize) ?? 0;
}
