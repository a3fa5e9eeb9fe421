namespace ReportGen.Pdf.Engine;

/// <summary>At least <paramref name="minHeight"/> tall, with its child set at the bottom of that height: text on a
/// form's line, whether it takes one line or wraps onto two (a taller child makes the element as tall as the child).
/// With <paramref name="baselineDepth"/>, a child that has text is placed by its last baseline, that far above the
/// bottom, so text in a pill sits on the same line as plain text beside it; otherwise by its box. Never splits: the
/// child fits whole or not at all.</summary>
internal sealed class BottomAlignElement(Element child, float minHeight, float? baselineDepth = null) : Element
{
    private static AvailableSpace Unbounded(AvailableSpace space) => space with { Height = float.MaxValue / 4 };

    /// <summary>How far below this element's top the child starts.</summary>
    private float Offset(float width, float childHeight) =>
        baselineDepth is { } depth && child.Baselines(width) is { } baselines
            ? Math.Max(0, minHeight - depth - baselines.Last)
            : Math.Max(0, minHeight - childHeight);

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var plan = child.Measure(Unbounded(space));
        var height = Math.Max(minHeight, Offset(space.Width, plan.Height) + plan.Height);
        return height <= space.Height || space.Forced ? SpacePlan.Full(height) : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var childHeight = child.Measure(Unbounded(space)).Height;
        child.Draw(canvas, x, y + Offset(space.Width, childHeight), Unbounded(space));
    }

    protected override void ResetCore() => child.Reset();

    /// <inheritdoc/>
    public override TextBaselines? Baselines(float width) =>
        child.Baselines(width)?.Below(Offset(width, child.Measure(new AvailableSpace(width, float.MaxValue / 4)).Height));

    /// <summary>How far below its last baseline <paramref name="element"/> reaches: the depth to give every cell of a row
    /// whose text should share one line (the deepest of them, so nothing is pushed past the row's bottom).</summary>
    public static float DepthBelowLastBaseline(Element element)
    {
        var wide = new AvailableSpace(float.MaxValue / 4, float.MaxValue / 4);
        return element.Baselines(wide.Width) is { } baselines ? Math.Max(0, element.Measure(wide).Height - baselines.Last) : 0;
    }
}
