namespace ReportGen.Document;

/// <summary>WCAG 2 contrast between two sRGB colours (success criterion 1.4.3): the ratio of their relative luminances,
/// each plus 0.05, from 1:1 (the same colour) to 21:1 (black on white). Both writers draw a tone's text on its fill, so
/// a tone below <see cref="MinimumForText"/> is hard to read in both outputs.</summary>
public static class ColorContrast
{
    /// <summary>The least contrast WCAG AA asks of normal-size text (badges are small text): 4.5:1.</summary>
    public const double MinimumForText = 4.5;

    /// <summary>The contrast ratio of <paramref name="a"/> and <paramref name="b"/>, in either order (1 to 21).</summary>
    public static double Ratio(RgbColor a, RgbColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Relative luminance: each channel linearised from sRGB, weighted by how bright the eye sees it.</summary>
    public static double Luminance(RgbColor color) =>
        0.2126 * Linear(color.R) + 0.7152 * Linear(color.G) + 0.0722 * Linear(color.B);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
