namespace ReportGen.Pdf.Engine;

// Recorded vector drawing (SVG figures). Bounds are in the user space current when the command was recorded: walk
// the Save/Concat/Restore commands before them to place them on the page.

internal sealed record FillPathCommand(VectorPath Path, VectorPaint Paint) : DrawCommand
{
    public override Box Bounds => Path.Bounds;
    public override void Replay(ICanvas canvas) => canvas.FillPath(Path, Paint);
}

internal sealed record StrokePathCommand(VectorPath Path, VectorPaint Paint, StrokeStyle Stroke) : DrawCommand
{
    public override Box Bounds => Path.Bounds;
    public override void Replay(ICanvas canvas) => canvas.StrokePath(Path, Paint, Stroke);
}

internal sealed record SaveCommand(float Opacity, Box? LayerBounds = null) : DrawCommand
{
    public override Box Bounds => default;
    public override void Replay(ICanvas canvas) => canvas.Save(Opacity, LayerBounds);
}

internal sealed record RestoreCommand : DrawCommand
{
    public override Box Bounds => default;
    public override void Replay(ICanvas canvas) => canvas.Restore();
}

internal sealed record ConcatCommand(AffineTransform Transform) : DrawCommand
{
    public override Box Bounds => default;
    public override void Replay(ICanvas canvas) => canvas.Concat(Transform);
}

internal sealed record ClipPathCommand(VectorPath Path) : DrawCommand
{
    public override Box Bounds => Path.Bounds;
    public override void Replay(ICanvas canvas) => canvas.ClipPath(Path);
}
