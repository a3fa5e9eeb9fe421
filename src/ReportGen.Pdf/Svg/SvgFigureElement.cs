using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>An SVG drawing as a layout element: scaled to the column (at most <paramref name="maxWidth"/> wide and
/// <paramref name="maxHeight"/> tall), aspect kept, centred, drawn as vectors.</summary>
internal sealed class SvgFigureElement(SvgDrawing drawing, float maxWidth, float maxHeight)
    : ScaledPictureElement(drawing.Height / drawing.Width, maxWidth, maxHeight)
{
    protected override void DrawPicture(ICanvas canvas, Box box) => drawing.Draw(canvas, box);
}
