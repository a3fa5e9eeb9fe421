using System.Text;
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

    /// <summary>Splits text into runs each drawn by one face: the role's face where it has the character, else the
    /// same fallback chain as body text.</summary>
    public IEnumerable<(FontFace Face, string Text)> Segments(string text, FontRole role)
    {
        var primary = fonts.Get(role);
        FontFace? current = null;
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = primary.Covers(rune.Value) ? primary : fonts.Resolve(role, rune.Value) ?? primary;
            if (current is not null && face != current && builder.Length > 0)
            {
                yield return (current, builder.ToString());
                builder.Clear();
            }
            current = face;
            builder.Append(rune.ToString());
        }
        if (current is not null && builder.Length > 0)
            yield return (current, builder.ToString());
    }
}
