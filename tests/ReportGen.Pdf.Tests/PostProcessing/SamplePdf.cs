using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>A full font and its glyph ids, as input for the font subsetter tests.</summary>
internal static class SamplePdf
{
    // The shipped Liberation face, not the system's: a machine with only the .NET SDK has no fonts-liberation2.
    public static readonly string RegularFontPath = Path.Combine(RepoPaths.ShippedFonts, "LiberationSans-Regular.ttf");

    /// <summary>The glyph ids the full font gives <paramref name="text"/>, one per UTF-16 code unit (BMP text).</summary>
    public static ushort[] GlyphsFor(SKTypeface fullFont, string text)
    {
        using var font = new SKFont(fullFont, 12);
        return font.GetGlyphs(text);
    }
}
