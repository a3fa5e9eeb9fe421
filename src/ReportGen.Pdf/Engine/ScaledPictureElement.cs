namespace ReportGen.Pdf.Engine;

/// <summary>A picture of fixed aspect ratio (height / width) scaled to the column: never wider than
/// <paramref name="maxWidth"/>, never taller than <paramref name="maxHeight"/>, centred. On a forced page it shrinks
/// to the space left. Subclasses draw the picture into the box they are given.</summary>
internal abstract class ScaledPictureElement(float aspect, float maxWidth, float maxHeight) : Element
{
    private (float Width, float Height) SizeFor(float width, float height)
    {
        var w = Math.Min(width, maxWidth);
        var h = w * aspect;
        if (h > Math.Min(maxHeight, height))
        {
            h = Math.Min(maxHeight, height);
            w = h / aspect;
        }
        return (w, h);
    }

    protected override SpacePlan MeasureCore(AvailableSpace space)
    {
        var natural = SizeFor(space.Width, float.MaxValue);
        if (natural.Height <= space.Height)
            return SpacePlan.Full(natural.Height);
        return space.Forced && space.Height > 0 ? SpacePlan.Full(space.Height) : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var (w, h) = SizeFor(space.Width, space.Height);
        DrawPicture(canvas, new Box(x + (space.Width - w) / 2, y, w, h));
    }

    /// <summary>Draws the picture filling <paramref name="box"/> (already sized to the aspect ratio).</summary>
    protected abstract void DrawPicture(ICanvas canvas, Box box);

    protected override void ResetCore() { }
}
