using System.Text;
using ReportGen.Import.Docx;

namespace ReportGen.Import.Values;

/// <summary>Writes a value's paragraphs back as the text of its YAML field: Markdown for (md) fields (bold, italic,
/// code, links, lists, paragraphs; characters that would be Markdown syntax escaped, so text typed in Word comes back
/// as typed), plain text for the others. Both sides of a comparison go through here, so equal output means the
/// value was not edited.</summary>
internal static class ValueMarkdown
{
    /// <summary>The field text of <paramref name="parts"/>; for a list item (<paramref name="listItem"/>) the first
    /// paragraph's bullet is the list's own, not part of the text. Lists nest by the parts' levels, written in
    /// <paramref name="style"/> (the value's own, as the incident file has it).</summary>
    public static string Of(IReadOnlyList<ValuePart> parts, bool markdown, bool listItem = false, ListStyle? style = null)
    {
        // Code comes back line for line, as typed.
        if (parts.Count > 0 && parts.All(p => p.Kind == ParagraphKind.Code))
            return string.Join("\n", parts.Select(p => string.Concat(p.Runs.Select(r => r.Text)))).TrimEnd('\n');
        if (!markdown) return Plain(parts);
        style ??= ListStyle.Of(null);
        var sb = new StringBuilder();
        // The value's outermost list level: a list item's nested lists start one below its own bullet.
        var lists = parts.Skip(listItem ? 1 : 0).Where(p => p.Kind != ParagraphKind.Plain).Select(p => p.Level).DefaultIfEmpty(0);
        var baseLevel = listItem && parts.Count > 0 ? Math.Max(0, parts[0].Level + 1) : Math.Max(0, lists.Min());
        var textColumns = new List<int>(); // the text column of the open item at each relative level
        var numbers = new List<int>();
        var previous = (ParagraphKind?)null;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = i == 0 && listItem ? parts[i] with { Kind = ParagraphKind.Plain, Level = -1 } : parts[i];
            var text = Inline(part.Runs).Trim();
            if (text.Length == 0) continue;
            // List items follow each other line by line; a list starts under its paragraph as the value wrote it (a
            // list item's own text: on the next line by default); a paragraph is one after a blank line.
            if (previous is not null)
                sb.Append(part.Kind != ParagraphKind.Plain && (previous != ParagraphKind.Plain || (style.TightAfterText ?? listItem)) ? "\n" : "\n\n");
            int column;
            if (part.Kind == ParagraphKind.Plain)
            {
                // A paragraph continuing a list item stands at that item's text column; any other closes the lists.
                var continues = part.Level - baseLevel;
                if (part.Level < 0 || continues < 0 || continues >= textColumns.Count) { textColumns.Clear(); numbers.Clear(); column = 0; }
                else { column = textColumns[continues]; textColumns.RemoveRange(continues + 1, textColumns.Count - continues - 1); }
                text = EscapeBlockStart(text);
                sb.Append(' ', column);
            }
            else
            {
                // A level Word skipped (a bullet indented twice) nests one level below the open item.
                var level = Math.Min(Math.Max(0, part.Level - baseLevel), textColumns.Count);
                var look = style.At(level, outermostIndent: listItem ? 2 : 0);
                var marker = level == 0 ? look.Indent : textColumns[level - 1] + look.Indent;
                if (level < textColumns.Count) { textColumns.RemoveRange(level, textColumns.Count - level); }
                if (numbers.Count > level + 1) numbers.RemoveRange(level + 1, numbers.Count - level - 1);
                while (numbers.Count <= level) numbers.Add(0);
                string bullet;
                if (part.Kind == ParagraphKind.Bullet) { bullet = look.Bullet + " "; numbers[level] = 0; }
                else
                {
                    // A list counts from the number it starts at (3. 4. 5.), kept from the .docx's numbering.
                    numbers[level] = numbers[level] == 0 ? part.Start : look.Counts ? numbers[level] + 1 : numbers[level];
                    bullet = numbers[level].ToString(System.Globalization.CultureInfo.InvariantCulture) + look.Delimiter + " ";
                }
                sb.Append(' ', marker).Append(bullet);
                column = marker + bullet.Length;
                textColumns.Add(column);
            }
            // A line break inside the paragraph continues at its text column.
            sb.Append(column == 0 ? text : text.Replace("\n", "\n" + new string(' ', column), StringComparison.Ordinal));
            previous = part.Kind;
        }
        return sb.ToString();
    }

    private static string Plain(IReadOnlyList<ValuePart> parts) =>
        string.Join(" ", parts.Select(p => string.Concat(p.Runs.Select(r => r.Text)).Trim()).Where(t => t.Length > 0));

    /// <summary>Runs as inline Markdown: links outermost, then bold, italic and code; whitespace stays outside the
    /// delimiters (where Markdown needs it).</summary>
    public static string Inline(IReadOnlyList<FlatRun> runs)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < runs.Count)
        {
            var link = runs[i].Link;
            var j = i;
            while (j < runs.Count && runs[j].Link == link) j++;
            var inner = Emphasis(runs, i, j);
            if (link is null) sb.Append(inner);
            else sb.Append('[').Append(inner).Append("](").Append(link.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)).Append(')');
            i = j;
        }
        return sb.ToString();
    }

    private static string Emphasis(IReadOnlyList<FlatRun> runs, int from, int to)
    {
        var sb = new StringBuilder();
        var i = from;
        while (i < to)
        {
            var (bold, italic) = (runs[i].Bold, runs[i].Italic);
            var j = i;
            var body = new StringBuilder();
            while (j < to && runs[j].Bold == bold && runs[j].Italic == italic)
            {
                body.Append(runs[j].Code ? Code(runs[j].Text) : Escape(runs[j].Text));
                j++;
            }
            var delimiter = (bold ? "**" : "") + (italic ? "*" : "");
            Wrap(sb, body.ToString(), delimiter);
            i = j;
        }
        return sb.ToString();
    }

    private static void Wrap(StringBuilder sb, string text, string delimiter)
    {
        if (delimiter.Length == 0 || text.Trim().Length == 0) { sb.Append(text); return; }
        var start = text.Length - text.TrimStart().Length;
        var end = text.TrimEnd().Length;
        sb.Append(text, 0, start).Append(delimiter).Append(text, start, end - start).Append(delimiter).Append(text, end, text.Length - end);
    }

    private static string Code(string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code) { run = c == '`' ? run + 1 : 0; longest = Math.Max(longest, run); }
        var fence = new string('`', longest + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return fence + pad + code + pad + fence;
    }

    /// <summary>Escapes what would be inline Markdown syntax: emphasis, code, links, autolinks, escapes and entities.
    /// Block syntax at a line start is escaped by <see cref="EscapeBlockStart"/>; everything else (braces, pipes, raw
    /// HTML, headings) the report's renderer already prints as typed.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' || (c == '&' && LooksLikeEntity(text, i)))
                sb.Append('\\');
            if (c == '\n') { sb.Append("\\\n"); continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool LooksLikeEntity(string text, int at)
    {
        var i = at + 1;
        if (i < text.Length && text[i] == '#') i++;
        var start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i > start && i < text.Length && text[i] == ';';
    }

    /// <summary>A paragraph that would start a list, heading or quote keeps its first character literal.</summary>
    private static string EscapeBlockStart(string text)
    {
        if (text.Length == 0) return text;
        if (text[0] is '-' or '+' or '#' or '>' && (text.Length == 1 || text[1] is ' ' or '#' or '-')) return "\\" + text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits > 0 && digits < text.Length - 1 && text[digits] is '.' or ')' && text[digits + 1] == ' ')
            return text[..digits] + "\\" + text[digits..];
        return text;
    }
}
