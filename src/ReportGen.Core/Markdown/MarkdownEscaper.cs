using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReportGen.Core.Markdown;

/// <summary>Turns plain user text into Markdown that prints exactly that text, and makes link destinations, YAML
/// values and anchor ids. Pure functions: safe from any thread. (md) fields go through <see cref="MarkdownConfiner"/>.</summary>
internal static class MarkdownEscaper
{
    /// <summary>Characters <see cref="NeedsEscape"/> may escape anywhere in a text (the others only at its start).</summary>
    private static readonly SearchValues<char> EscapedAnywhere = SearchValues.Create("{}\\`*[]<>|_#:&!");

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>Plain text → Markdown that shows it literally anywhere inline (paragraph, heading, list item, cell).
    /// Line breaks become spaces: a plain field is one line in the report.</summary>
    public static string Text(string? text)
    {
        var s = CollapseLines(text);
        if (IsLiteral(s) || EscapesNothing(s)) return s;
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '{' or '}')
            {
                // Markdig's attribute parser ignores backslashes before braces; an entity is never an attribute.
                sb.Append(c == '{' ? "&#123;" : "&#125;");
                continue;
            }
            if (NeedsEscape(s, i))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A string as a YAML double-quoted scalar (for front matter).</summary>
    public static string YamlQuote(string? text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in CollapseLines(text))
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (char.IsControl(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A link or image destination that keeps spaces and parentheses: <c>&lt;path&gt;</c> form. A <c>&amp;</c> is
    /// escaped too, so Markdig reads <c>&amp;#106;</c> in a URL as those characters, not as the letter it encodes.</summary>
    public static string Url(string? url)
    {
        var plain = CollapseLines(url);
        if (plain.Length > 0 && !plain.Any(c => c is ' ' or '(' or ')' or '<' or '>' or '\\' or '`' or '&' || char.IsControl(c)))
            return plain;
        var sb = new StringBuilder("<");
        foreach (var c in plain)
        {
            if (c is '<' or '>' or '\\' or '&') sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('>').ToString();
    }

    /// <summary>A stable anchor id: lower-case letters, digits and single dashes (<c>A1</c> → <c>a1</c>).</summary>
    public static string Slug(string? text)
    {
        if (IsSlug(text)) return text!; // an id that is one already (action-a1): kept, not rebuilt
        var sb = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "section" : slug;
    }

    /// <summary>True when <see cref="Slug"/> would give <paramref name="text"/> back: lower-case ASCII letters and
    /// digits in runs joined by single dashes.</summary>
    private static bool IsSlug(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] == '-' || text[^1] == '-') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') continue;
            if (c != '-' || text[i - 1] == '-') return false;
        }
        return true;
    }

    internal static string CollapseLines(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.AsSpan().ContainsAny(LineBreaks)) return text.Trim(); // one line already: the usual case
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isBreak = c is '\n' or '\r' or '\u2028' or '\u2029';
            if (isBreak) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>True when <see cref="Text"/> would escape nothing: no character escaped anywhere, and no start that
    /// only escapes at the beginning (a list or heading marker, digits before <c>.</c> or <c>)</c>, <c>~~~</c>).</summary>
    private static bool IsLiteral(string s) =>
        s.Length == 0 || (!char.IsAsciiDigit(s[0]) && s[0] is not ('-' or '+' or '=' or '~') && !s.AsSpan().ContainsAny(EscapedAnywhere));

    /// <summary>True when no character of <paramref name="s"/> is escaped after all (a time <c>09:12</c>, a date, a
    /// version <c>1.2</c>): <see cref="Text"/> then keeps the text instead of copying it unchanged.</summary>
    private static bool EscapesNothing(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (s[i] is '{' or '}' || NeedsEscape(s, i)) return false;
        return true;
    }

    private static bool NeedsEscape(string s, int i)
    {
        var c = s[i];
        switch (c)
        {
            case '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|':
                return true;
            case '_':
                return !(i > 0 && char.IsLetterOrDigit(s[i - 1]) && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]));
            case '#':
                return i == 0 || char.IsWhiteSpace(s[i - 1]);
            case ':':
                return (i + 1 < s.Length && s[i + 1] == ':') || (i > 0 && s[i - 1] == ':');
            case '&':
                return LooksLikeEntity(s, i);
            case '-' or '+' or '=':
                return i == 0;
            case '~':
                return i == 0 && s.StartsWith("~~~", StringComparison.Ordinal);
            case '.' or ')':
                return IsAfterLeadingDigits(s, i);
            case '!':
                return i + 1 < s.Length && s[i + 1] == '[';
            default:
                return false;
        }
    }

    private static bool IsAfterLeadingDigits(string s, int i)
    {
        if (i == 0 || i > 9) return false;
        for (var j = 0; j < i; j++)
            if (!char.IsAsciiDigit(s[j])) return false;
        return true;
    }

    private static bool LooksLikeEntity(string s, int i)
    {
        var j = i + 1;
        if (j < s.Length && s[j] == '#') j++;
        var start = j;
        while (j < s.Length && char.IsAsciiLetterOrDigit(s[j])) j++;
        return j > start && j < s.Length && s[j] == ';';
    }


}
