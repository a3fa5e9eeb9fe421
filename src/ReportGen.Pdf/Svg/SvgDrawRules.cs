using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>Small decisions the drawer takes per element, kept apart so the walk stays readable.</summary>
internal static class SvgDrawRules
{
    /// <summary>True for elements drawn where they stand; animation and text on a path are named as skipped.</summary>
    public static bool IsRendered(SvgNode node, SvgWarnings warnings)
    {
        switch (node.Name)
        {
            case "g" or "a" or "svg" or "use" or "text" or "image" or "switch" or "foreignObject":
                return true;
            case "animate" or "animateTransform" or "animateMotion" or "set":
                warnings.Unsupported("animation");
                return false;
            case "textPath":
                warnings.Unsupported("text on a path");
                return false;
            default:
                // defs, symbol, clipPath, gradients, style, title, desc, metadata, script (never run)... draw nothing.
                return SvgShapes.IsShape(node.Name);
        }
    }

    /// <summary>Filters and masks are not drawn: the element is drawn without them and the warning says so.</summary>
    public static void NoteUnsupportedProperties(SvgNode node, SvgWarnings warnings)
    {
        if (node.Property("filter") is { } filter && filter != "none")
            warnings.Unsupported("filters");
        if (node.Property("mask") is { } mask && mask != "none")
            warnings.Unsupported("masks");
    }

    /// <summary>The child a &lt;switch&gt; draws, if any.</summary>
    public static SvgNode? SwitchChoice(SvgNode node)
    {
        // The first child whose conditions hold (requiredFeatures counts as met, as in SVG 2 and browsers), except
        // that a foreignObject gives way to a plain-SVG fallback: its HTML layout (draw.io places labels with CSS
        // inside a viewport-sized foreignObject) cannot be reproduced, the fallback's position can.
        var candidates = node.Children.Where(c => c.Name != SvgNode.TextName &&
            c.Attribute("requiredExtensions") is null && LanguageMatches(c.Attribute("systemLanguage"))).ToList();
        return candidates.FirstOrDefault(c => c.Name != "foreignObject") ?? candidates.FirstOrDefault();
    }

    /// <summary>The area a shape's paint can cover, in its parent's space: its box grown by the stroke (miter spikes
    /// included). Null (unbounded) for groups and for shapes with markers, which may reach anywhere.</summary>
    public static Box? LayerBounds(VectorPath? outline, SvgStyle style, AffineTransform transform)
    {
        if (outline is null || style.MarkerStart is not null || style.MarkerMid is not null || style.MarkerEnd is not null)
            return null;
        var box = outline.Bounds;
        var grow = style.Stroke.Trim() == "none" ? 0 : style.StrokeWidth * Math.Max(1, style.MiterLimit) / 2 + 1;
        return transform.Map(new Box(box.X - grow, box.Y - grow, box.Width + 2 * grow, box.Height + 2 * grow));
    }

    /// <summary>systemLanguage holds when absent or when it names English (the language reports are written in).</summary>
    public static bool LanguageMatches(string? languages) =>
        languages is null || languages.Split(',').Any(l => l.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when only one of fill and stroke paints (and no marker), so an opacity can go into that paint.</summary>
    public static bool PaintsOnce(SvgNode node, SvgStyle style) =>
        style.MarkerStart is null && style.MarkerMid is null && style.MarkerEnd is null &&
        (node.Name == "line" || style.Fill.Trim() == "none" || style.Stroke.Trim() == "none" || style.StrokeWidth <= 0);

    /// <summary>True when <paramref name="candidate"/> contains <paramref name="node"/> (a use pointing at its own
    /// ancestor would recurse forever).</summary>
    public static bool IsAncestor(SvgNode candidate, SvgNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            if (ReferenceEquals(parent, candidate))
                return true;
        return false;
    }
}
