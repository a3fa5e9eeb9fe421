using System.Text;

namespace ReportGen.Core.Markdown;

/// <summary>A line scan run on (md) text before Markdig parses its blocks, for the constructs Markdig handles in
/// quadratic time: it removes a setext heading's paragraph and inserts each link reference definition by searching
/// the parent's children, and walks every open container for each line (so nesting that deepens line after line is
/// quadratic until Markdig throws). Setext underlines, link reference definitions and <c>:::</c> lines are escaped here
/// (they are not allowed in (md) text anyway), and text nested deeper than <see cref="MaxDepth"/> is refused. Lines
/// in fences, and indented lines that may be code, are left alone; whatever this misses, Markdig's parse still finds.</summary>
internal static class LinePrecheck
{
    /// <summary>Deepest nesting of lists and quotes accepted in (md) text.</summary>
    internal const int MaxDepth = 20;

    /// <summary>The text with those constructs escaped; null when it nests deeper than <see cref="MaxDepth"/>.</summary>
    public static string? Apply(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var fence = new FenceTracker();
        var listColumns = new List<int>();
        bool previousBlank = true, previousCode = false;
        foreach (var line in text.Split('\n'))
        {
            var escapeAt = -1;
            var blank = line.AsSpan().IsWhiteSpace();
            var s = line.AsSpan();
            var i = FenceTracker.SkipSpaces(s, 0, out var indent);
            var code = !blank && (indent >= 4 || (i < s.Length && s[i] == '\t')) && (previousBlank || previousCode);
            if (!fence.InsideAfter(line) && !blank && !code)
            {
                var quotes = 0;
                while (true)
                {
                    if (i < s.Length && s[i] == '>') { quotes++; i = FenceTracker.SkipSpaces(s, i + 1, out _); continue; }
                    var end = FenceTracker.ListMarkerEnd(s, i);
                    if (end < 0) break;
                    while (listColumns.Count > 0 && listColumns[^1] > i) listColumns.RemoveAt(listColumns.Count - 1);
                    i = FenceTracker.SkipSpaces(s, end, out _);
                    listColumns.Add(i);
                }
                if (quotes + listColumns.Count > MaxDepth) return null;
                var content = s[i..];
                if ((!previousBlank && IsUnderline(content)) || content.StartsWith(":::") || (content.StartsWith("[") && IsLinkDefinition(content)))
                    escapeAt = i;
            }
            if (escapeAt < 0) sb.Append(line);
            else sb.Append(line, 0, escapeAt).Append('\\').Append(line, escapeAt, line.Length - escapeAt);
            sb.Append('\n');
            previousBlank = blank;
            previousCode = code;
        }
        sb.Length--;
        return sb.ToString();
    }

    /// <summary>Only <c>=</c> or only <c>-</c>, then spaces: a setext underline (or a rule) under a paragraph line.</summary>
    private static bool IsUnderline(ReadOnlySpan<char> content)
    {
        var body = content.TrimEnd(" \t");
        return body.Length > 0 && body[0] is '=' or '-' && !body.ContainsAnyExcept(body[0]);
    }

    /// <summary><c>[label]:</c> with a label free of unescaped brackets.</summary>
    internal static bool IsLinkDefinition(ReadOnlySpan<char> s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '[') return false;
            if (s[i] == ']') return i + 1 < s.Length && s[i + 1] == ':';
        }
        return false;
    }
}
