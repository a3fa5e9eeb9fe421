using ReportGen.Document;
using ReportGen.Pdf.Engine;
using SkiaSharp;

namespace ReportGen.Pdf.Svg;

/// <summary>Draws &lt;image&gt; elements whose href is a base64 <c>data:</c> URI holding a PNG or JPEG, placed by
/// x/y/width/height and preserveAspectRatio. Nothing is ever fetched: other references are skipped with a warning.</summary>
internal static class SvgImages
{
    public static void Draw(ICanvas canvas, SvgNode node, SvgViewport viewport, float fontSize, SvgWarnings warnings)
    {
        var href = node.Attribute("href")?.Trim();
        if (string.IsNullOrEmpty(href))
            return;
        if (!href.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            warnings.Unsupported("images from other files or the web");
            return;
        }
        if (Decode(href) is not { } image)
        {
            warnings.Unsupported("embedded images other than PNG or JPEG");
            return;
        }
        var x = SvgValues.Length(node.Attribute("x"), viewport.Width, fontSize) ?? 0;
        var y = SvgValues.Length(node.Attribute("y"), viewport.Height, fontSize) ?? 0;
        var width = SvgValues.Length(node.Attribute("width"), viewport.Width, fontSize) ?? image.PixelWidth;
        var height = SvgValues.Length(node.Attribute("height"), viewport.Height, fontSize) ?? image.PixelHeight;
        if (width <= 0 || height <= 0)
            return;
        var aspect = node.Attribute("preserveAspectRatio");
        canvas.Save();
        canvas.Concat(AffineTransform.Translate(x, y));
        if (aspect?.Contains("slice", StringComparison.Ordinal) == true)
            canvas.ClipPath(SvgShapes.Rect(0, 0, width, height)!);
        canvas.Concat(SvgViewport.ViewBoxTransform([0, 0, image.PixelWidth, image.PixelHeight], width, height, aspect));
        canvas.Image(image, new Box(0, 0, image.PixelWidth, image.PixelHeight));
        canvas.Restore();
    }

    /// <summary>The PNG or JPEG inside a base64 data URI, with its pixel size, or null.</summary>
    public static ImageData? Decode(string uri)
    {
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
            return null;
        var header = uri[..comma].ToLowerInvariant();
        if (!header.EndsWith(";base64", StringComparison.Ordinal))
            return null;
        byte[] bytes;
        try
        {
            // Data URIs in SVG often wrap lines: whitespace is not part of base64.
            bytes = Convert.FromBase64String(string.Concat(uri.AsSpan(comma + 1).ToString().Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            return null;
        }
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
            return null;
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => ImageFormat.Png,
            SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
            _ => (ImageFormat?)null,
        };
        return format is { } f ? new ImageData(bytes, f, codec.Info.Width, codec.Info.Height) : null;
    }
}
