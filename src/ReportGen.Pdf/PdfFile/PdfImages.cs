using ReportGen.Document;
using ReportGen.Pdf.Output;
using SkiaSharp;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Image XObjects, one per distinct image of the document. Plain RGB PNGs and baseline/progressive JPEGs go in
/// as they are (their compressed data read straight by the viewer); anything else is decoded once and written as
/// deflated RGB with a soft mask when it has transparency. Nothing is embedded or decoded before the
/// <see cref="ImageInspector"/> found it sound: the layout has already put a placeholder where such an image was.</summary>
internal sealed class PdfImages(PdfFileBuilder file, PdfResources resources, ImageInspector inspector)
{
    private readonly Dictionary<ImageData, string?> _names = new(ReferenceEqualityComparer.Instance);

    /// <summary>The XObject resource name of <paramref name="image"/>, written on first use; null when it cannot be
    /// decoded (the layout already warned about unreadable images).</summary>
    public string? Get(ImageData image)
    {
        if (!_names.TryGetValue(image, out var name))
            _names[image] = name = Write(image) is { } number ? resources.XObject(number) : null;
        return name;
    }

    private int? Write(ImageData image)
    {
        var verdict = inspector.Inspect(image);
        if (image.Format == ImageFormat.Svg || verdict.Problem is not null)
            return null;
        if (verdict.PassThrough is { } png)
        {
            var number = file.Reserve();
            var entries = file.Scratch().Ascii("/Type/XObject/Subtype/Image/Width ").Int(png.Width).Ascii("/Height ").Int(png.Height)
                .Ascii("/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/FlateDecode/DecodeParms<</Predictor 15/Colors 3/BitsPerComponent 8/Columns ")
                .Int(png.Width).Ascii(">>");
            file.Stream(number, entries.Span, png.Zlib, compress: false);
            return number;
        }
        if (JpegHeader.TryRead(image.Bytes) is { Components: 1 or 3 } jpeg)
        {
            var number = file.Reserve();
            var entries = file.Scratch().Ascii("/Type/XObject/Subtype/Image/Width ").Int(jpeg.Width).Ascii("/Height ").Int(jpeg.Height)
                .Ascii(jpeg.Components == 1 ? "/ColorSpace/DeviceGray" : "/ColorSpace/DeviceRGB").Ascii("/BitsPerComponent 8/Filter/DCTDecode");
            file.Stream(number, entries.Span, image.Bytes, compress: false);
            return number;
        }
        return Decoded(image);
    }

    /// <summary>Decodes to unpremultiplied RGBA (a PDF soft mask is applied to unpremultiplied colour).</summary>
    private int? Decoded(ImageData image)
    {
        using var data = SKData.CreateCopy(image.Bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > inspector.MaxPixels)
            return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        return result is SKCodecResult.Success or SKCodecResult.IncompleteInput ? Write(bitmap) : null;
    }

    private int Write(SKBitmap rgba)
    {
        int width = rgba.Width, height = rgba.Height;
        var pixels = rgba.GetPixelSpan();
        var rgb = new byte[width * height * 3];
        var alpha = new byte[width * height];
        var opaque = true;
        for (int i = 0, p = 0; i < alpha.Length; i++, p += 4)
        {
            rgb[i * 3] = pixels[p];
            rgb[i * 3 + 1] = pixels[p + 1];
            rgb[i * 3 + 2] = pixels[p + 2];
            alpha[i] = pixels[p + 3];
            opaque &= pixels[p + 3] == 255;
        }
        var number = file.Reserve();
        var mask = opaque ? 0 : file.Reserve();
        var entries = file.Scratch().Ascii("/Type/XObject/Subtype/Image/Width ").Int(width).Ascii("/Height ").Int(height)
            .Ascii("/ColorSpace/DeviceRGB/BitsPerComponent 8");
        if (!opaque)
            entries.Ascii("/SMask ").Reference(mask);
        file.Stream(number, entries.Span, rgb);
        if (!opaque)
        {
            var maskEntries = file.Scratch().Ascii("/Type/XObject/Subtype/Image/Width ").Int(width).Ascii("/Height ").Int(height)
                .Ascii("/ColorSpace/DeviceGray/BitsPerComponent 8");
            file.Stream(mask, maskEntries.Span, alpha);
        }
        return number;
    }
}

/// <summary>Size and colour components from a JPEG's start-of-frame marker (enough to embed it as /DCTDecode).</summary>
internal readonly record struct JpegHeader(int Width, int Height, int Components)
{
    public static JpegHeader? TryRead(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
            return null;
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
                return null;
            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC); 8-bit precision only (what /DCTDecode reads everywhere).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (at + 10 > jpeg.Length || jpeg[at + 4] != 8)
                    return null;
                var height = (jpeg[at + 5] << 8) | jpeg[at + 6];
                var width = (jpeg[at + 7] << 8) | jpeg[at + 8];
                return width > 0 && height > 0 ? new JpegHeader(width, height, jpeg[at + 9]) : null;
            }
            if (marker is 0xD9 or 0xDA || length < 2)
                return null;
            at += 2 + length;
        }
        return null;
    }
}
