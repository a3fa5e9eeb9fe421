using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>A horizontal rule across the full width (an artifact in a tagged PDF).</summary>
internal sealed class LineElement(RgbColor color, float thickness) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space) =>
        space.Height >= thickness || space.Forced ? SpacePlan.Full(thickness) : SpacePlan.Nothing;

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        using var artifact = canvas.Artifact(new Box(x, y, space.Width, thickness)); // a rule is never content
        canvas.Line(x, y + thickness / 2, x + space.Width, y + thickness / 2, color, thickness);
    }

    protected override void ResetCore() { }
}

/// <summary>Fixed empty space (or a fixed-size spacer).</summary>
internal sealed class SpacerElement(float height) : Element
{
    protected override SpacePlan MeasureCore(AvailableSpace space) =>
        space.Height >= height || space.Forced ? SpacePlan.Full(Math.Min(height, space.Height)) : SpacePlan.Nothing;

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space) { }

    protected override void ResetCore() { }
}
