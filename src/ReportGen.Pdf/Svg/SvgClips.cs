using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>Resolves <c>clip-path="url(#id)"</c> into one outline in the user space of the element it clips: the
/// union of the clipPath's shapes (and uses of shapes), each through its own transform, then the clipPath's
/// transform and, for <c>clipPathUnits="objectBoundingBox"</c>, the element's box.</summary>
internal sealed class SvgClips(IReadOnlyDictionary<string, SvgNode> ids, SvgWarnings warnings)
{
    public VectorPath? For(SvgNode node, Box? elementBounds, SvgViewport viewport, float fontSize)
    {
        var value = node.Property("clip-path");
        if (value is null || value == "none")
            return null;
        if (SvgValues.LocalReference(value) is not { } id || !ids.TryGetValue(id, out var clipPath) || clipPath.Name != "clipPath")
        {
            warnings.Unsupported("clip paths other than url(#id) to a <clipPath>");
            return null;
        }
        var builder = new VectorPathBuilder();
        var rule = FillRule.NonZero;
        var first = true;
        foreach (var child in clipPath.Children)
        {
            if (Shape(child, viewport, fontSize) is not { } shape)
                continue;
            builder.Append(shape);
            if (first)
                rule = shape.FillRule;
            first = false;
        }
        var transform = SvgValues.Transform(clipPath.Attribute("transform"));
        if (clipPath.Attribute("clipPathUnits") == "objectBoundingBox")
        {
            if (elementBounds is not { Width: > 0, Height: > 0 } box)
            {
                warnings.Unsupported("box-relative clip paths on groups");
                return null;
            }
            transform = transform.Then(AffineTransform.Scale(box.Width, box.Height)).Then(AffineTransform.Translate(box.X, box.Y));
        }
        // An empty clip path hides the element, as SVG says.
        return builder.Build(rule).Transformed(transform);
    }

    private VectorPath? Shape(SvgNode child, SvgViewport viewport, float fontSize)
    {
        if (child.Property("display") == "none")
            return null;
        var transform = SvgValues.Transform(child.Attribute("transform"));
        var target = child;
        if (child.Name == "use")
        {
            if (SvgValues.LocalReference(child.Attribute("href")) is not { } id || !ids.TryGetValue(id, out var referenced))
                return null;
            var x = SvgValues.Length(child.Attribute("x"), viewport.Width, fontSize) ?? 0;
            var y = SvgValues.Length(child.Attribute("y"), viewport.Height, fontSize) ?? 0;
            transform = SvgValues.Transform(referenced.Attribute("transform")).Then(AffineTransform.Translate(x, y)).Then(transform);
            target = referenced;
        }
        if (target.Name == "text")
        {
            warnings.Unsupported("text used as a clip path");
            return null;
        }
        if (!SvgShapes.IsShape(target.Name) || SvgShapes.Outline(target, viewport, fontSize) is not { } outline)
            return null;
        var rule = (target.Property("clip-rule") ?? child.Property("clip-rule")) == "evenodd" ? FillRule.EvenOdd : FillRule.NonZero;
        return outline.Transformed(transform).WithFillRule(rule);
    }
}
