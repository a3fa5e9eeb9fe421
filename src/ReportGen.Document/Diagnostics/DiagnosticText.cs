using System.Globalization;
using System.Text;

namespace ReportGen.Document.Diagnostics;

/// <summary>Makes text from an input file safe to show in a diagnostic. A YAML file can hold ESC, BEL, a C1 CSI or a
/// bidi override: echoed raw, they would drive the user's terminal (colours, clearing the screen, a rewritten
/// line) or reorder what is shown. Such characters are written as <c>\u001B</c>-style escapes, the form JSON and C#
/// use, so a message reads the same in a terminal, in JSON output and in a log.</summary>
public static class DiagnosticText
{
    /// <summary>Longest user text quoted in a message before its middle is elided.</summary>
    public const int MaxQuoted = 72;

    /// <summary>User text in single quotes, every control or invisible-reordering character escaped (line breaks
    /// and tabs too: quoted text stays on one line) and the middle of long text elided.</summary>
    public static string Quote(string text) => "'" + Shorten(Escape(text, keepLayout: false)) + "'";

    /// <summary>Escapes what a terminal would act on, keeping line feeds and tabs when <paramref name="keepLayout"/>
    /// (a message may deliberately span lines). Returns the same instance when nothing needs escaping.</summary>
    public static string Escape(string text, bool keepLayout = true)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text[first], keepLayout)) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c, keepLayout)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return sb.ToString();
    }

    /// <summary>True for what <see cref="Escape"/> escapes: C0 and C1 controls and DEL (line feeds and tabs too);
    /// line and paragraph separators; the bidi embedding, override and isolate characters (U+202A–U+202E,
    /// U+2066–U+2069) and the directional marks, which reorder text invisibly.</summary>
    public static bool IsUnsafe(char c) => NeedsEscape(c, keepLayout: false);

    private static bool NeedsEscape(char c, bool keepLayout) => c switch
    {
        '\n' or '\t' => !keepLayout,
        < ' ' or (>= '\u007F' and <= '\u009F') => true,
        '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>Keeps the start and the end of long text with an ellipsis between, never splitting a surrogate pair.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= MaxQuoted) return text;
        int head = 50, tail = MaxQuoted - head - 1;
        if (char.IsHighSurrogate(text[head - 1])) head--;
        var tailStart = text.Length - tail;
        if (char.IsLowSurrogate(text[tailStart])) tailStart++;
        return string.Concat(text.AsSpan(0, head), "…", text.AsSpan(tailStart));
    }
}
