using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition;

/// <summary>Records what its child draws as belonging to <paramref name="tag"/> (a block, a table row or cell), on
/// every page the child is drawn on. Draws nothing itself.</summary>
internal sealed class StructureElement(Element child, StructureTag tag) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space) => child.Measure(space);

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var plan = child.Measure(space);
        canvas.BeginStructure(tag, new Box(x, y, space.Width, plan.Height));
        child.Draw(canvas, x, y, space);
        canvas.EndStructure();
    }

    protected override void ResetCore() => child.Reset();
}
