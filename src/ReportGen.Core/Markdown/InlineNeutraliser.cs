using System.Buffers;
using System.Text;

namespace ReportGen.Core.Markdown;

/// <summary>Escapes, in one line of (md) text, what the format does not allow inline: raw HTML (autolinks stay),
/// attribute braces, <c>::</c> containers, images, pipes (no table can form) and backtick runs that close nothing
/// (so they cannot pair with a backtick outside the field). Code spans stay as written. Emphasis and link marks past
/// <see cref="MarksPerParagraph"/> in one paragraph are escaped too: Markdig keeps every such mark of a paragraph open
/// until its end and walks through all of them for each later inline (quadratic, and it throws at ~10,000).
/// One left-to-right pass per line; every look-ahead stops at the next <c>&lt;</c> or backtick run, so the cost is
/// linear. One instance per field (it counts the marks of the current paragraph).</summary>
internal sealed class InlineNeutraliser(bool inCell, WorkMeter? meter = null)
{
    /// <summary>Emphasis runs (<c>*</c>, <c>_</c>) and brackets (<c>[</c>) one paragraph may use as Markdown; later ones print
    /// as typed. 32 emphasised phrases or links in one paragraph (or list item) are more than prose needs, and Markdig's
    /// work per inline stays bounded by this.</summary>
    internal const int MarksPerParagraph = 64;

    /// <summary>Characters this class may change; a line without any passes unchanged.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`{}<|!:*_[");

    private int _marks;

    /// <summary>True when <paramref name="text"/> holds none of the characters this class may change, so every line of
    /// it is appended as it is (callers then keep the text without copying it).</summary>
    public static bool LeavesAlone(ReadOnlySpan<char> text) => !text.ContainsAny(Special);

    /// <summary>Starts counting marks afresh (a blank line ended the paragraph).</summary>
    public void NewParagraph() => _marks = 0;

    /// <summary>Appends <paramref name="line"/> neutralised; a character at an index in <paramref name="escapeAt"/> gets a
    /// backslash before it (block markers the caller found).</summary>
    public void Append(StringBuilder sb, string line, ISet<int>? escapeAt = null, int offset = 0)
    {
        meter?.Add(line.Length);
        if (escapeAt is null && LeavesAlone(line)) { sb.Append(line); return; }
        var runs = new BacktickRuns(line, meter);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (escapeAt is not null && c != '\\' && escapeAt.Contains(offset + i))
            {
                // A block marker (heading, quote, rule...) the caller found: shown as the character it is.
                if (c is '{' or '}') sb.Append(c == '{' ? "&#123;" : "&#125;");
                else sb.Append('\\').Append(c);
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < line.Length)
            {
                var next = line[i + 1];
                // An escaped brace means a literal brace, which only an entity keeps from the attribute parser.
                if (next is '{' or '}') sb.Append(next == '{' ? "&#123;" : "&#125;");
                else sb.Append(c).Append(next);
                i += 2;
                continue;
            }
            if (c == '`')
            {
                var end = runs.CodeSpanEnd(i, out var run);
                if (end > 0)
                {
                    AppendCode(sb, line, i, end);
                    i = end;
                }
                else
                {
                    for (var k = 0; k < run; k++) sb.Append("\\`");
                    i += run;
                }
                continue;
            }
            if (c == '<' && Autolinks.Length(line, i, meter) is var length and > 0 && !(inCell && line.AsSpan(i, length).Contains('|')))
            {
                sb.Append(line, i, length);
                i += length;
                continue;
            }
            if (c is '*' or '_' or '[')
            {
                var run = c == '[' ? 1 : RunLength(line, i);
                var escape = ++_marks > MarksPerParagraph;
                for (var k = 0; k < run; k++)
                {
                    if (escape) sb.Append('\\');
                    sb.Append(c);
                }
                i += run;
                continue;
            }
            if (c is '{' or '}') sb.Append(c == '{' ? "&#123;" : "&#125;");
            else
            {
                if (c is '<' or '|' || (c == '!' && i + 1 < line.Length && line[i + 1] == '[')
                    || (c == ':' && ((i + 1 < line.Length && line[i + 1] == ':') || (i > 0 && line[i - 1] == ':'))))
                    sb.Append('\\');
                sb.Append(c);
            }
            i++;
        }
    }

    /// <summary>A code span as written; in a table cell its pipes are escaped (the mapper removes those backslashes
    /// again, as GitHub does).</summary>
    private void AppendCode(StringBuilder sb, string line, int start, int end)
    {
        if (!inCell) { sb.Append(line, start, end - start); return; }
        for (var k = start; k < end; k++)
        {
            if (line[k] == '|' && line[k - 1] != '\\') sb.Append('\\');
            sb.Append(line[k]);
        }
    }

    private static int RunLength(string s, int i)
    {
        var j = i;
        while (j < s.Length && s[j] == s[i]) j++;
        return j - i;
    }
}
