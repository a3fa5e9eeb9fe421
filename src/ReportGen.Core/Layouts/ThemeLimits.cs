using System.Globalization;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

/// <summary>What a theme may ask for and still give readable pages that every writer can lay out: font sizes in a
/// sensible range and small enough for the text area, a text area of at least two inches each way, and a logo no
/// bigger than a logo needs to be. A theme outside these is an error at its <c>theme.yaml</c> line.</summary>
internal static class ThemeLimits
{
    /// <summary>Smallest text area, each way, in points.</summary>
    public const double MinTextArea = 144;

    /// <summary>A font size may be at most this share of the text area's shorter side (a key figure's value, the
    /// largest line the writers set, is 1.45 times the body size with line spacing and padding around it).</summary>
    private const double SizeShareOfTextArea = 0.2;

    /// <summary>Most pixels a raster logo may have unless the run raises <c>--max-image-pixels</c> (the same cap as
    /// figures: decoding takes four bytes a pixel).</summary>
    public const long DefaultMaxLogoPixels = 50_000_000;

    public const string LogoHint = "a logo is drawn at most 120x36 pt; an image 1200 pixels wide is plenty, so scale it down, or raise the limit with --max-image-pixels";

    /// <summary>The accepted range of each size and what is usual, for the hint.</summary>
    public static (double Min, double Max, string Usual) SizeRange(string key) => key switch
    {
        "body" => (6, 24, "body text reads well at 9 to 12 pt (6 to 24 allowed)"),
        "small" or "code" => (5, 18, "small text and code are usually 7 to 9 pt (5 to 18 allowed)"),
        "title" => (8, 72, "a title is usually 18 to 28 pt (8 to 72 allowed)"),
        _ => (6, 48, "headings are usually 11 to 18 pt (6 to 48 allowed)"),
    };

    /// <summary>The largest font size a text area of this size holds.</summary>
    public static double LargestSize(double width, double height) =>
        Math.Floor(Math.Min(width, height) * SizeShareOfTextArea);

    /// <summary>Why a logo is too large, or null when it is fine. SVG logos are drawn at their size on the page, never
    /// decoded to their nominal pixel size, so only raster logos are limited.</summary>
    public static string? LogoTooLarge(ImageData logo, long maxPixels)
    {
        if (logo.Format == ImageFormat.Svg || (long)logo.PixelWidth * logo.PixelHeight <= maxPixels)
            return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"is {logo.PixelWidth}x{logo.PixelHeight} pixels, over the limit of {maxPixels:N0} pixels");
    }
}
