using ReportGen.Documents;
using SkiaSharp;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>Checks that image bytes decode (reads the header only), so a damaged file becomes a visible placeholder
/// and a warning rather than an empty gap.</summary>
internal static class ImageProbe
{
    public static bool CanDecode(ImageData image)
    {
        using var data = SKData.CreateCopy(image.Bytes);
        using var codec = SKCodec.Create(data);
        return codec is not null && codec.Info.Width > 0 && codec.Info.Height > 0;
    }
}
