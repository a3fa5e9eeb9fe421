using System.Text;

namespace ReportGen.Core.Provenance;

/// <summary>Markers around a value in the layout's Markdown, saying which incident value the text between them shows.
/// They are rare punctuation characters (U+2E00-U+2E14, Supplemental Punctuation), so Markdown reads them as
/// punctuation, which never changes emphasis next to them, and gives them no other meaning. Block values get their
/// markers on lines of their own, so the value's first block keeps its meaning. The document mapper takes every marker
/// out again (<see cref="ValueMarkExtractor"/>); no writer and no <c>--format md</c> output ever sees one. Text that
/// holds these characters itself could confuse a mark (never the report's text, which is stripped of them).</summary>
internal static class ValueMarkers
{
    /// <summary>Opens an inline value; the id follows as hex digits <see cref="Digit0"/>.., closed by <see cref="IdEnd"/>.</summary>
    public const char Begin = '⸀';
    /// <summary>Ends the id of an opening marker.</summary>
    public const char IdEnd = '⸁';
    /// <summary>Closes the innermost open value.</summary>
    public const char End = '⸂';
    /// <summary>Opens a block value (a line of its own).</summary>
    public const char BlockBegin = '⸃';
    /// <summary>Closes a block value (a line of its own).</summary>
    public const char BlockEnd = '⸄';
    /// <summary>The hex digit 0; digits 0-15 are the 16 characters from here.</summary>
    public const char Digit0 = '⸅';
    private const char Last = (char)(Digit0 + 15);

    /// <summary>True when <paramref name="c"/> is any marker character.</summary>
    public static bool IsMarker(char c) => c is >= Begin and <= Last;

    /// <summary>True when <paramref name="c"/> opens a value.</summary>
    public static bool IsBegin(char c) => c is Begin or BlockBegin;

    /// <summary>True when <paramref name="c"/> closes a value.</summary>
    public static bool IsEnd(char c) => c is End or BlockEnd;

    /// <summary>An inline value: markers right around the Markdown.</summary>
    public static string Inline(int id, string markdown) =>
        markdown.Length == 0 ? markdown : Open(Begin, id) + markdown + End;

    /// <summary>A block value: markers on lines of their own (blank lines between), indented by
    /// <paramref name="indent"/> spaces when the value sits in a list item.</summary>
    public static string Block(int id, string markdown, int indent = 0)
    {
        if (markdown.Length == 0) return markdown;
        var pad = new string(' ', indent);
        return Open(BlockBegin, id) + "\n\n" + pad + markdown + "\n\n" + pad + BlockEnd;
    }

    private static string Open(char begin, int id)
    {
        var sb = new StringBuilder(10).Append(begin);
        var hex = id.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var h in hex) sb.Append((char)(Digit0 + Convert.ToInt32(h.ToString(), 16)));
        return sb.Append(IdEnd).ToString();
    }

    /// <summary>The text without any marker (the same string when it holds none).</summary>
    public static string Strip(string text)
    {
        var i = text.AsSpan().IndexOfAnyInRange(Begin, Last);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
            if (!IsMarker(text[i])) sb.Append(text[i]);
        return sb.ToString();
    }

    /// <summary>The layout's Markdown as it would be without marks: block markers go with the lines and indentation
    /// they added, inline markers with nothing around them.</summary>
    public static string StripMarkdown(string markdown) =>
        markdown.AsSpan().IndexOfAnyInRange(Begin, Last) < 0 ? markdown : Strip(markdown, null).ToString();

    /// <summary>For each (0-based) line of <paramref name="markdown"/>, its line in <see cref="StripMarkdown"/>'s
    /// result (a marker's own line: the line the text after it is on); null when there is no marker (the same lines).
    /// Diagnostics name the lines <c>--format md</c> writes, which has no marker.</summary>
    public static int[]? StrippedLines(string markdown)
    {
        if (markdown.AsSpan().IndexOfAnyInRange(Begin, Last) < 0) return null;
        var from = new List<int>(markdown.Length);
        var stripped = Strip(markdown, from);
        // lineAfter[i]: the stripped line of the first character kept at or after index i of the marked text.
        var lineAfter = new int[markdown.Length + 1];
        var strippedLine = new int[stripped.Length + 1];
        for (var j = 0; j < stripped.Length; j++) strippedLine[j + 1] = strippedLine[j] + (stripped[j] == '\n' ? 1 : 0);
        var next = stripped.Length;
        lineAfter[markdown.Length] = strippedLine[next];
        for (int i = markdown.Length - 1, k = from.Count - 1; i >= 0; i--)
        {
            if (k >= 0 && from[k] == i) next = k--;
            lineAfter[i] = strippedLine[next];
        }
        var result = new List<int> { lineAfter[0] };
        for (var i = 0; i < markdown.Length; i++)
            if (markdown[i] == '\n') result.Add(lineAfter[i + 1]);
        return [.. result];
    }

    /// <summary>Strips the markers; with <paramref name="from"/>, records the index in <paramref name="markdown"/> of
    /// each character kept.</summary>
    private static StringBuilder Strip(string markdown, List<int>? from)
    {
        var sb = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == BlockBegin)
            {
                i = ReadOpen(markdown, i).Next;
                if (markdown.AsSpan(i).StartsWith("\n\n")) i += 2;
                while (i < markdown.Length && markdown[i] == ' ') i++;
                i--;
            }
            else if (c == BlockEnd)
            {
                var cut = sb.Length;
                while (cut > 0 && sb[cut - 1] == ' ') cut--;
                if (cut >= 2 && sb[cut - 1] == '\n' && sb[cut - 2] == '\n') sb.Length = cut - 2;
                if (from is not null && from.Count > sb.Length) from.RemoveRange(sb.Length, from.Count - sb.Length);
            }
            else if (!IsMarker(c))
            {
                sb.Append(c);
                from?.Add(i);
            }
        }
        return sb;
    }

    /// <summary>Reads an opening marker at <paramref name="at"/> (which holds <see cref="Begin"/> or
    /// <see cref="BlockBegin"/>): its id and the index after it; -1 as id when it is malformed.</summary>
    public static (int Id, int Next) ReadOpen(string text, int at)
    {
        var id = 0;
        var i = at + 1;
        for (; i < text.Length && text[i] is >= Digit0 and <= Last; i++) id = id * 16 + (text[i] - Digit0);
        return i < text.Length && text[i] == IdEnd ? (id, i + 1) : (-1, i);
    }
}
