using System.Buffers;
using System.Text;

namespace ReportGen.Core.Markdown;

/// <summary>Confines user Markdown ((md) fields) to the inline, table cell or blocks it is placed in: formatting stays,
/// but raw HTML, attributes, <c>:::</c> fences and unclosed code fences cannot change what follows. Pure functions.</summary>
internal static class MarkdownConfiner
{
    /// <summary>Every character <see cref="Neutralise"/> may change or escape; text without any passes unchanged.</summary>
    private static readonly SearchValues<char> Neutralised = SearchValues.Create("\\`{}<|!:");

    /// <summary>(md) text confined to one line of inline Markdown: line breaks become spaces, raw HTML, attribute
    /// braces, container colons and block markers at the start are neutralised; emphasis, links and code stay.</summary>
    public static string Inline(string? markdown) => EscapeLeadingBlockMarker(Neutralise(MarkdownEscaper.CollapseLines(markdown), false));

    /// <summary>(md) text for a pipe-table cell: <see cref="Inline"/> plus escaped pipes (also inside code spans,
    /// where the mapper removes the backslash again, as GitHub does).</summary>
    public static string Cell(string? markdown) => EscapeLeadingBlockMarker(Neutralise(MarkdownEscaper.CollapseLines(markdown), true));

    /// <summary>(md) text as its own blocks: paragraphs and lists stay; raw HTML, attributes and <c>:::</c> fences are
    /// neutralised and an unclosed code fence is closed, so the text cannot swallow or end what follows it.</summary>
    public static string Block(string? markdown)
    {
        var lines = (markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n', ' ').Split('\n');
        var sb = new StringBuilder();
        string? fence = null;
        foreach (var line in lines)
        {
            if (sb.Length > 0) sb.Append('\n');
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            if (fence is not null)
            {
                sb.Append(line);
                if (indent < 4 && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
                    fence = null;
                continue;
            }
            var opening = indent < 4 ? FenceOpening(trimmed) : null;
            if (opening is not null)
            {
                fence = opening;
                sb.Append(line);
                continue;
            }
            var body = Neutralise(line, false);
            if (indent < 4 && trimmed.StartsWith(":::", StringComparison.Ordinal))
                body = new string(' ', indent) + "\\" + body.TrimStart(' ');
            sb.Append(body);
        }
        if (fence is not null)
            sb.Append('\n').Append(fence);
        return sb.ToString();
    }

    /// <summary>Escapes what (md) text must not contain outside code spans: raw HTML (autolinks stay), attribute
    /// braces, <c>::</c> inline containers, and pipes when <paramref name="inCell"/>.</summary>
    private static string Neutralise(string s, bool inCell)
    {
        if (!s.AsSpan().ContainsAny(Neutralised)) return s;
        var sb = new StringBuilder(s.Length + 8);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                var next = s[i + 1];
                // An escaped brace means a literal brace, which only an entity keeps from the attribute parser;
                // any other escape ("\|", "\*") passes through untouched.
                if (next is '{' or '}') sb.Append(next == '{' ? "&#123;" : "&#125;");
                else sb.Append(c).Append(next);
                i += 2;
                continue;
            }
            if (c == '`')
            {
                var end = CodeSpanEnd(s, i, out var run);
                if (end > 0)
                {
                    var span = s[i..end];
                    sb.Append(inCell ? EscapePipes(span) : span);
                    i = end;
                    continue;
                }
                sb.Append(s, i, run);
                i += run;
                continue;
            }
            if (c is '{' or '}')
            {
                sb.Append(c == '{' ? "&#123;" : "&#125;");
                i++;
                continue;
            }
            if ((c == '<' && !IsAutolink(s, i)) || (c == '|' && inCell) || (c == '!' && i + 1 < s.Length && s[i + 1] == '[')
                || (c == ':' && ((i + 1 < s.Length && s[i + 1] == ':') || (i > 0 && s[i - 1] == ':'))))
                sb.Append('\\');
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static string EscapePipes(string span)
    {
        var sb = new StringBuilder(span.Length + 4);
        for (var k = 0; k < span.Length; k++)
        {
            if (span[k] == '|' && (k == 0 || span[k - 1] != '\\')) sb.Append('\\');
            sb.Append(span[k]);
        }
        return sb.ToString();
    }

    /// <summary>End index (exclusive) of the code span opening at <paramref name="i"/>, or 0 when the backtick run
    /// has no closing run of the same length (then it is literal text).</summary>
    private static int CodeSpanEnd(string s, int i, out int run)
    {
        run = 0;
        while (i + run < s.Length && s[i + run] == '`') run++;
        var j = i + run;
        while (j < s.Length)
        {
            if (s[j] != '`') { j++; continue; }
            var k = j;
            while (k < s.Length && s[k] == '`') k++;
            if (k - j == run) return k;
            j = k;
        }
        return 0;
    }

    private static bool IsAutolink(string s, int i)
    {
        var close = s.IndexOf('>', i + 1);
        if (close < 0) return false;
        var inner = s.AsSpan(i + 1, close - i - 1);
        if (inner.Length == 0 || inner.ContainsAny(" <\t")) return false;
        var colon = inner.IndexOf(':');
        if (colon >= 2 && char.IsAsciiLetter(inner[0])) return true;
        var at = inner.IndexOf('@');
        return at > 0 && inner[(at + 1)..].Contains('.');
    }

    private static string EscapeLeadingBlockMarker(string s)
    {
        if (s.Length == 0) return s;
        var c = s[0];
        if (c is '#' or '>' or '=' or '|') return "\\" + s;
        if (c is '-' or '+' or '*' && (s.Length == 1 || s[1] == ' ' || s.All(ch => ch == c || ch == ' '))) return "\\" + s;
        var digits = 0;
        while (digits < s.Length && digits < 10 && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is > 0 and < 10 && digits < s.Length && s[digits] is '.' or ')')
            return s[..digits] + "\\" + s[digits..];
        return s;
    }

    private static string? FenceOpening(string trimmed)
    {
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~')) return null;
        var ch = trimmed[0];
        var n = 0;
        while (n < trimmed.Length && trimmed[n] == ch) n++;
        if (n < 3) return null;
        if (ch == '`' && trimmed[n..].Contains('`', StringComparison.Ordinal)) return null;
        return new string(ch, n);
    }
}
