namespace ReportGen.Document;

/// <summary>Text widths without loading a font, for decisions every writer must make alike (column widths). Advance
/// widths are those of Liberation Sans, metric-compatible with Arial (the default faces of both writers), in
/// thousandths of the font size; code is monospaced. Characters outside Latin-1 use typical widths: CJK and emoji a
/// full em, combining marks none, anything else an average letter.</summary>
public static class TextWidthEstimate
{
    private const int Average = 556, Wide = 1000, Mono = 600;

    // ' ' (U+0020) to '~' (U+007E).
    private static readonly short[] Regular =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
        556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
        556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
        500, 500, 500, 334, 260, 334, 584,
    ];

    private static readonly short[] Bold =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722,
        611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556,
        611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778,
        556, 556, 500, 389, 280, 389, 584,
    ];

    /// <summary>Code in running text is set a little smaller than the text around it (as both writers do).</summary>
    public const double CodeScale = 0.92;

    /// <summary>The advance of one character (a UTF-16 code unit; a surrogate pair counts at its high half) in
    /// thousandths of the font size.</summary>
    public static int Advance(char c, bool bold, bool code)
    {
        if (char.IsLowSurrogate(c) || c is >= '\u0300' and <= '\u036F' or '\u200B' or '\u200D' or >= '\uFE00' and <= '\uFE0F')
            return 0;
        if (code)
            return Mono;
        if (c is >= ' ' and <= '~')
            return (bold ? Bold : Regular)[c - ' '];
        return IsWide(c) ? Wide : Average;
    }

    /// <summary>The width of <paramref name="text"/> at a font size, in the size's unit.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        var sum = 0;
        foreach (var c in text)
            sum += Advance(c, bold, code: false);
        return sum * size / 1000.0;
    }

    private static bool IsWide(char c) =>
        char.IsHighSurrogate(c) // emoji and CJK extensions
        || c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
