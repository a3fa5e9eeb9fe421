using ReportGen.Documents;
using SkiaSharp;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>Checks that image bytes decode (reads the header only), so a damaged file becomes a visible placeholder
/// and a warning rather than an empty gap.</summary>
internal static class ImageProbe
{
    /// <summary>Why <paramref name="image"/> cannot be drawn (damaged, a header that lies, too many pixels), or null.</summary>
    public static string? Problem(ImageData image, RenderContext context) =>
        context.Images.Inspect(image).Problem ?? (CanDecode(image) ? null : "the image data cannot be decoded");

    public static bool CanDecode(ImageData image)
    {
        using var data = SKData.CreateCopy(image.Bytes);
        using var codec = SKCodec.Create(data);
        return codec is not null && codec.Info.Width > 0 && codec.Info.Height > 0;
    }
}
