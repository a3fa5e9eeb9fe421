namespace ReportGen.Pdf.Engine;

/// <summary>At least <paramref name="minHeight"/> tall, with its child set at the bottom of that height: text on a
/// form's line, whether it takes one line or wraps onto two (a taller child makes the element as tall as the child).
/// Never splits: the child fits whole or not at all.</summary>
internal sealed class BottomAlignElement(Element child, float minHeight) : Element
{
    private static AvailableSpace Unbounded(AvailableSpace space) => space with { Height = float.MaxValue / 4 };

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var plan = child.Measure(Unbounded(space));
        var height = Math.Max(minHeight, plan.Height);
        return height <= space.Height || space.Forced ? SpacePlan.Full(height) : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var childHeight = child.Measure(Unbounded(space)).Height;
        child.Draw(canvas, x, y + Math.Max(0, minHeight - childHeight), Unbounded(space));
    }

    protected override void ResetCore() => child.Reset();
}
