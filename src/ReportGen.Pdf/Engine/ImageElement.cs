using ReportGen.Documents;

namespace ReportGen.Pdf.Engine;

/// <summary>An image scaled to the column width (never up-scaled beyond <paramref name="maxWidth"/>, never taller than
/// <paramref name="maxHeight"/>), aspect kept, centred. On a forced page it shrinks to the space left.</summary>
internal sealed class ImageElement(ImageData image, float maxWidth, float maxHeight) : Element
{
    private (float Width, float Height) SizeFor(float width, float height)
    {
        var aspect = image.PixelHeight / (float)Math.Max(1, image.PixelWidth);
        var w = Math.Min(width, maxWidth);
        var h = w * aspect;
        if (h > Math.Min(maxHeight, height))
        {
            h = Math.Min(maxHeight, height);
            w = h / aspect;
        }
        return (w, h);
    }

    protected override SpacePlan MeasureCore(LayoutSpace space)
    {
        var natural = SizeFor(space.Width, float.MaxValue);
        if (natural.Height <= space.Height)
            return SpacePlan.Full(natural.Height);
        return space.Forced && space.Height > 0 ? SpacePlan.Full(space.Height) : SpacePlan.Nothing;
    }

    protected override void DrawCore(ICanvas canvas, float x, float y, LayoutSpace space)
    {
        var (w, h) = SizeFor(space.Width, space.Height);
        canvas.Image(image, new Box(x + (space.Width - w) / 2, y, w, h));
    }

    protected override void ResetCore() { }
}
