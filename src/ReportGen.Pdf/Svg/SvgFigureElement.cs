using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>An SVG drawing as a layout element: scaled to the column (at most <paramref name="maxWidth"/> wide and
/// <paramref name="maxHeight"/> tall), aspect kept, centred, drawn as vectors. On a forced page it shrinks to the
/// space left, like a raster image.</summary>
internal sealed class SvgFigureElement(SvgDrawing drawing, float maxWidth, float maxHeight) : Element
{
    private (float Width, float Height) SizeFor(float width, float height)
    {
        var aspect = drawing.Height / drawing.Width;
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
        drawing.Draw(canvas, new Box(x + (space.Width - w) / 2, y, w, h));
    }

    protected override void ResetCore() { }
}
