namespace ReportGen.Core.Loading;

/// <summary>Makes YamlDotNet read U+2028, U+2029 and U+0085 as YAML 1.2 and editors do: as ordinary characters.
/// YamlDotNet follows YAML 1.1, where they end a line, so a line separator pasted from a chat into a title used to
/// shift every later line number (and, in a quoted value, break parsing with "wrong indentation"). Before parsing,
/// each is swapped for a private-use character the file does not contain (one UTF-16 unit for one, so every index,
/// line and column stays the same); scalar values get the originals back.</summary>
internal sealed class UnicodeLineBreaks
{
    private static readonly char[] Breaks = ['\u2028', '\u2029', '\u0085'];
    private readonly char[] _standIns;

    private UnicodeLineBreaks(char[] chosen) => _standIns = chosen;

    /// <summary>Names of the characters, for a hint when the file does not parse.</summary>
    public static string Describe(char c) => c switch
    {
        '\u2028' => "U+2028 (LINE SEPARATOR)",
        '\u2029' => "U+2029 (PARAGRAPH SEPARATOR)",
        _ => "U+0085 (NEXT LINE)",
    };

    /// <summary>The text with the three characters swapped, and the swapper to restore values; the same text and
    /// null when it holds none of them (almost every file: one vectorised scan).</summary>
    public static (string Text, UnicodeLineBreaks? Swap) Mask(string text)
    {
        if (text.AsSpan().IndexOfAny(Breaks) < 0) return (text, null);
        var standIns = new char[Breaks.Length];
        var next = '\uF8FF';
        for (var i = 0; i < standIns.Length; i++)
        {
            while (text.Contains(next)) next--;   // the private-use area has 6,400 code points; a file cannot use all
            standIns[i] = next--;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Array.IndexOf(Breaks, chars[i]);
            if (k >= 0) chars[i] = standIns[k];
        }
        return (new string(chars), new UnicodeLineBreaks(standIns));
    }

    /// <summary>A scalar's text with the original characters back.</summary>
    public string Restore(string value)
    {
        if (value.AsSpan().IndexOfAny(_standIns) < 0) return value;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Array.IndexOf(_standIns, chars[i]);
            if (k >= 0) chars[i] = Breaks[k];
        }
        return new string(chars);
    }
}
