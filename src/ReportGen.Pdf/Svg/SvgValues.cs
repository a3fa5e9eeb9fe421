using System.Globalization;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Svg;

/// <summary>Parses SVG numbers, lengths, number lists and transform lists. Every parser rejects NaN and infinities
/// and clamps magnitudes, so hostile values cannot poison the geometry.</summary>
internal static class SvgValues
{
    private const float MaxMagnitude = 1e7f;

    public static float? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!float.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
            return null;
        return Math.Clamp(value, -MaxMagnitude, MaxMagnitude);
    }

    /// <summary>A length in user units (px). <paramref name="reference"/> is what 100% means; em uses
    /// <paramref name="fontSize"/>.</summary>
    public static float? Length(string? text, float reference = 0, float fontSize = 16)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        var (unit, factor) = t switch
        {
            _ when t.EndsWith('%') => (1, reference / 100f),
            _ when t.EndsWith("px", StringComparison.Ordinal) => (2, 1f),
            _ when t.EndsWith("pt", StringComparison.Ordinal) => (2, 96f / 72f),
            _ when t.EndsWith("pc", StringComparison.Ordinal) => (2, 16f),
            _ when t.EndsWith("mm", StringComparison.Ordinal) => (2, 96f / 25.4f),
            _ when t.EndsWith("cm", StringComparison.Ordinal) => (2, 96f / 2.54f),
            _ when t.EndsWith("in", StringComparison.Ordinal) => (2, 96f),
            _ when t.EndsWith("em", StringComparison.Ordinal) => (2, fontSize),
            _ when t.EndsWith("ex", StringComparison.Ordinal) => (2, fontSize / 2),
            _ => (0, 1f),
        };
        return Number(t[..^unit]) is { } n ? n * factor : null;
    }

    /// <summary>Numbers separated by commas and/or whitespace (points, viewBox, dash arrays).</summary>
    public static List<float> Numbers(string? text)
    {
        var result = new List<float>();
        if (text is null)
            return result;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
                i++;
            var start = i;
            // A number ends at a separator, or at a sign/dot that starts the next one ("1-2", "0.5.5").
            var seenDot = false;
            var seenExponent = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c)) { i++; continue; }
                if ((c is '-' or '+') && (i == start || text[i - 1] is 'e' or 'E')) { i++; continue; }
                if (c == '.' && !seenDot && !seenExponent) { seenDot = true; i++; continue; }
                if (c is 'e' or 'E' && !seenExponent && i > start) { seenExponent = true; i++; continue; }
                break;
            }
            if (i == start)
            {
                i++; // a character no number can hold: skip it
                continue;
            }
            if (Number(text[start..i]) is { } n)
                result.Add(n);
        }
        return result;
    }

    /// <summary>A transform list such as <c>translate(10 20) rotate(45 5 5) scale(2)</c>; unknown functions are
    /// ignored. The result maps the element's coordinates into its parent's.</summary>
    public static AffineTransform Transform(string? text)
    {
        var result = AffineTransform.Identity;
        if (string.IsNullOrWhiteSpace(text))
            return result;
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('(', i);
            if (open < 0)
                break;
            var close = text.IndexOf(')', open);
            if (close < 0)
                break;
            var name = text[i..open].Trim(' ', '\t', '\n', '\r', ',').ToLowerInvariant();
            var a = Numbers(text[(open + 1)..close]);
            var step = Function(name, a);
            result = step.Then(result); // later functions apply first: parent ← first ← second ← ... ← element
            i = close + 1;
        }
        return result;
    }

    private static AffineTransform Function(string name, List<float> a) => name switch
    {
        "matrix" when a.Count == 6 => new AffineTransform(a[0], a[1], a[2], a[3], a[4], a[5]),
        "translate" when a.Count >= 1 => AffineTransform.Translate(a[0], a.Count > 1 ? a[1] : 0),
        "scale" when a.Count >= 1 => AffineTransform.Scale(a[0], a.Count > 1 ? a[1] : a[0]),
        "rotate" when a.Count == 3 => AffineTransform.Translate(-a[1], -a[2])
            .Then(AffineTransform.Rotate(a[0])).Then(AffineTransform.Translate(a[1], a[2])),
        "rotate" when a.Count >= 1 => AffineTransform.Rotate(a[0]),
        "skewx" when a.Count == 1 => AffineTransform.SkewX(a[0]),
        "skewy" when a.Count == 1 => AffineTransform.SkewY(a[0]),
        _ => AffineTransform.Identity,
    };

    /// <summary>The id in <c>url(#id)</c> or <c>#id</c>, or null for anything else (external references).</summary>
    public static string? LocalReference(string? text)
    {
        if (text is null)
            return null;
        var t = text.Trim();
        if (t.StartsWith("url(", StringComparison.OrdinalIgnoreCase))
        {
            var close = t.IndexOf(')', StringComparison.Ordinal);
            if (close < 0)
                return null;
            t = t[4..close].Trim().Trim('"', '\'');
        }
        return t.Length > 1 && t[0] == '#' ? t[1..] : null;
    }
}
