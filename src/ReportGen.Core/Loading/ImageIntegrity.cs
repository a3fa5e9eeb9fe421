using System.Globalization;
using ReportGen.Document;

namespace ReportGen.Core.Loading;

/// <summary>What is wrong with an image that has a plausible header: too many pixels, damaged data, or a coding
/// PDF readers cannot show.</summary>
public enum ImageFaultKind
{
    /// <summary>Width × height is over <see cref="LoadOptions.MaxImagePixels"/>.</summary>
    TooManyPixels,
    /// <summary>The file's structure or compressed data does not hold the image its header describes.</summary>
    Damaged,
    /// <summary>A valid image in a coding the outputs cannot carry (lossless or hierarchical JPEG).</summary>
    Unsupported,
}

/// <summary>One image problem: its kind and what exactly is wrong, in plain words.</summary>
public sealed record ImageFault(ImageFaultKind Kind, string Detail);

/// <summary>Checks what will be embedded, beyond the header <see cref="ImageProbe"/> reads: the pixel cap, then the
/// PNG chunk structure and compressed data (<see cref="PngIntegrity"/>) or the JPEG marker structure
/// (<see cref="JpegIntegrity"/>). Linear in the file size, in bounded memory. SVG is vector: its size is nominal.</summary>
public static class ImageIntegrity
{
    /// <summary>Null when the image is sound and within <paramref name="maxPixels"/>.</summary>
    public static ImageFault? Check(ImageData image, long maxPixels)
    {
        if (image.Format == ImageFormat.Svg) return null;
        var pixels = (long)image.PixelWidth * image.PixelHeight;
        if (pixels > maxPixels)
            return new(ImageFaultKind.TooManyPixels,
                $"{image.PixelWidth}×{image.PixelHeight} pixels ({Pixels(pixels)}), over the limit of {Pixels(maxPixels)}");
        return image.Format == ImageFormat.Png ? PngIntegrity.Check(image.Bytes) : JpegIntegrity.Check(image.Bytes);
    }

    /// <summary>"50 megapixels", "2.1 megapixels" or "28,800 pixels".</summary>
    public static string Pixels(long count)
    {
        var c = CultureInfo.InvariantCulture;
        if (count < 1_000_000) return count.ToString("N0", c) + " pixels";
        var mega = count / 1_000_000.0;
        return (count % 1_000_000 == 0 ? mega.ToString("N0", c) : mega.ToString("N1", c)) + " megapixels";
    }

    internal static ImageFault Damaged(string detail) => new(ImageFaultKind.Damaged, detail);
}
