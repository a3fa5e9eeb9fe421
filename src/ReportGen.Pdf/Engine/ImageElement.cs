using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>A raster image scaled to the column (never up-scaled beyond <paramref name="maxWidth"/>, never taller than
/// <paramref name="maxHeight"/>), aspect kept, centred.</summary>
internal sealed class ImageElement(ImageData image, float maxWidth, float maxHeight)
    : ScaledPictureElement(image.PixelHeight / (float)Math.Max(1, image.PixelWidth), maxWidth, maxHeight)
{
    protected override void DrawPicture(ICanvas canvas, Box box) => canvas.Image(image, box);
}
