using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Svg;

/// <summary>Maps SVG font properties onto the shipped faces: monospace families (mono, Courier, Consolas, Menlo,
/// "code") to Liberation Mono, every other family (sans, serif, named fonts) to Liberation Sans; bold and italic
/// choose the face's variant; characters a face lacks fall back as body text does.</summary>
internal sealed class SvgFonts(FontLibrary fonts)
{
    /// <summary>How far below the y coordinate the alphabetic baseline lies, in em, for dominant-baseline.</summary>
    public static float BaselineShift(string baseline, FontFace face) => baseline switch
    {
        "middle" or "central" => (face.Ascent - face.Descent) / 2,
        "hanging" or "text-before-edge" or "text-top" => face.Ascent,
        "text-after-edge" or "ideographic" or "text-bottom" => -face.Descent,
        "mathematical" => face.Ascent / 2,
        _ => 0,
    };

    /// <summary>The face for a style. Only the first family of the list decides: a later generic
    /// (<c>Helvetica, monospace</c>) is a fallback the author did not want to see.</summary>
    public static FontRole Role(SvgStyle style)
    {
        var family = style.FontFamily.Split(',')[0].Trim().Trim('"', '\'').ToLowerInvariant();
        var mono = family.Contains("mono", StringComparison.Ordinal) || family.Contains("courier", StringComparison.Ordinal) ||
                   family.Contains("consol", StringComparison.Ordinal) || family.Contains("menlo", StringComparison.Ordinal) ||
                   family.Contains("code", StringComparison.Ordinal);
        var role = mono ? FontRole.Mono : FontRole.Regular;
        if (style.Bold) role = role.WithBold();
        if (style.Italic) role = role.WithItalic();
        return role;
    }

    /// <summary>Splits text into runs each drawn by one face: the same fallback order as body text
    /// (<see cref="FontLibrary.Segments"/>).</summary>
    public IEnumerable<(FontFace Face, string Text)> Segments(string text, FontRole role) => fonts.Segments(text, role);
}
