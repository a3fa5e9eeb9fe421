namespace ReportGen.Document;

/// <summary>Image file formats a figure may hold.</summary>
public enum ImageFormat
{
    /// <summary>PNG raster.</summary>
    Png,
    /// <summary>JPEG raster.</summary>
    Jpeg,
    /// <summary>SVG vector image.</summary>
    Svg,
}

/// <summary>The bytes of an image already read and checked, with its intrinsic size in pixels
/// (for SVG: its viewBox size) so writers can keep the aspect ratio.</summary>
public sealed record ImageData(byte[] Bytes, ImageFormat Format, int PixelWidth, int PixelHeight);

/// <summary>An SVG drawn to a PNG (for writers that need a bitmap beside the vector) and what the drawing left out,
/// in plain words (empty when everything was drawn).</summary>
public sealed record RasterizedSvg(ImageData Png, IReadOnlyList<string> Warnings);
