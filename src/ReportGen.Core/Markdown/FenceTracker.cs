namespace ReportGen.Core.Markdown;

/// <summary>Follows fenced code blocks (<c>```</c>, <c>~~~</c>) line by line, also where a list marker precedes the
/// opening fence, so a line scan can leave code untouched. One instance per scan.</summary>
internal sealed class FenceTracker
{
    private string? _fence;

    /// <summary>Feeds the next line; true when it belongs to a fenced code block (its opening and closing fences too).</summary>
    public bool InsideAfter(ReadOnlySpan<char> line)
    {
        if (_fence is not null)
        {
            if (Closes(line, _fence)) _fence = null;
            return true;
        }
        _fence = Opening(line);
        return _fence is not null;
    }

    /// <summary>The fence a line opens (<c>```</c>, <c>~~~~</c>…), after up to three spaces and any list markers; or null.</summary>
    public static string? Opening(ReadOnlySpan<char> line)
    {
        var s = line;
        var i = SkipSpaces(s, 0, out var indent);
        if (indent >= 4) return null;
        i = SkipListMarkers(s, i);
        if (i + 3 > s.Length || s[i] is not ('`' or '~')) return null;
        var ch = s[i];
        var n = 0;
        while (i + n < s.Length && s[i + n] == ch) n++;
        if (n < 3) return null;
        if (ch == '`' && s[(i + n)..].Contains('`')) return null;
        return new string(ch, n);
    }

    /// <summary>True when the line is a closing fence for <paramref name="fence"/>: at least as many of its characters
    /// and nothing else but spaces.</summary>
    public static bool Closes(ReadOnlySpan<char> line, string fence)
    {
        var s = line.Trim(' ');
        return s.Length >= fence.Length && s.StartsWith(fence.AsSpan(), StringComparison.Ordinal) && !s.ContainsAnyExcept(fence[0]);
    }

    /// <summary>Skips spaces from <paramref name="i"/>; <paramref name="count"/> is how many.</summary>
    internal static int SkipSpaces(ReadOnlySpan<char> s, int i, out int count)
    {
        var start = i;
        while (i < s.Length && s[i] == ' ') i++;
        count = i - start;
        return i;
    }

    /// <summary>Skips list markers (<c>- </c>, <c>* </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>) and the spaces after each.</summary>
    internal static int SkipListMarkers(ReadOnlySpan<char> s, int i)
    {
        while (true)
        {
            var end = ListMarkerEnd(s, i);
            if (end < 0) return i;
            i = SkipSpaces(s, end, out _);
        }
    }

    /// <summary>The index after a list marker at <paramref name="i"/> (before its space), or -1.</summary>
    internal static int ListMarkerEnd(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length) return -1;
        var j = i;
        if (s[j] is '-' or '*' or '+') j++;
        else
        {
            while (j < s.Length && j - i < 9 && char.IsAsciiDigit(s[j])) j++;
            if (j == i || j >= s.Length || s[j] is not ('.' or ')')) return -1;
            j++;
        }
        return j < s.Length && s[j] is ' ' or '\t' ? j : -1;
    }
}
