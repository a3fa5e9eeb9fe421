using System.Text;

namespace ReportGen.Core.Markdown;

/// <summary>Confines user Markdown ((md) fields) to the inline, table cell or blocks it is placed in. The format allows
/// emphasis, links, code (spans and blocks), lists and paragraphs; anything else a user writes (headings, setext
/// underlines, rules, quotes, raw HTML, tables, <c>:::</c> containers, <c>{.class}</c> attributes, link reference
/// definitions) is escaped so it prints as the characters typed and cannot add to or end the report's structure.
/// Pure functions, linear in the text.</summary>
internal static class MarkdownConfiner
{
    /// <summary>Rounds of parse-and-escape before giving up on Markdown for a field (escaping a raw HTML block can
    /// expose a heading that was inside it; each round removes what the previous one exposed).</summary>
    private const int MaxRounds = 4;

    /// <summary>(md) text confined to one line of inline Markdown: line breaks become spaces, and a start that would
    /// open a block (<c>#</c>, <c>&gt;</c>, <c>- </c>, <c>1.</c>, <c>```</c>…) is escaped.</summary>
    public static string Inline(string? markdown, WorkMeter? meter = null) => OneLine(markdown, inCell: false, meter);

    /// <summary>(md) text for a pipe-table cell: <see cref="Inline"/> plus escaped pipes (also inside code spans,
    /// where the mapper removes the backslash again, as GitHub does).</summary>
    public static string Cell(string? markdown, WorkMeter? meter = null) => OneLine(markdown, inCell: true, meter);

    /// <summary>(md) text as its own blocks: paragraphs, lists and code stay; every other block is escaped, and an
    /// unclosed code fence is closed, so the text cannot swallow or end what follows it.</summary>
    public static string Block(string? markdown, WorkMeter? meter = null)
    {
        var text = Normalise(markdown);
        meter?.Add(2L * text.Length); // normalising, and looking for lines that may start a block
        if (!BlockGuard.MayHoldBlocks(text)) return Rewrite(text, null, meter);
        var current = LinePrecheck.Apply(text);
        meter?.Add(text.Length);
        if (current is null) return PlainParagraphs(text, meter);
        for (var round = 0; round < MaxRounds; round++)
        {
            var lines = new LineStarts(current);
            var findings = BlockGuard.Analyse(current, lines);
            meter?.Add(2L * current.Length); // Markdig's block parse and the line index
            if (findings is null) break;
            var rewritten = Rewrite(current, findings, meter);
            if (findings.UnclosedFence is { } fence) rewritten += "\n" + fence;
            else if (findings.Escapes.Count == 0) return rewritten;
            current = rewritten;
        }
        return PlainParagraphs(text, meter);
    }

    private static string OneLine(string? markdown, bool inCell, WorkMeter? meter)
    {
        var line = MarkdownEscaper.CollapseLines(markdown);
        meter?.Add(line.Length);
        if (InlineNeutraliser.LeavesAlone(line))
        {
            meter?.Add(line.Length); // as the neutraliser counts it
            return EscapeLeadingBlockMarker(line);
        }
        var sb = new StringBuilder(line.Length + 8);
        new InlineNeutraliser(inCell, meter).Append(sb, line);
        return EscapeLeadingBlockMarker(sb.ToString());
    }

    /// <summary>Every line neutralised but code (and fence lines, whose info string only loses its braces); block
    /// markers the guard found escaped.</summary>
    private static string Rewrite(string text, BlockGuard.Findings? findings, WorkMeter? meter)
    {
        if (findings is null && InlineNeutraliser.LeavesAlone(text))
        {
            meter?.Add(text.Length - text.AsSpan().Count('\n')); // as the neutraliser counts each line
            return text; // no line would change: the text itself, not a copy
        }
        var sb = new StringBuilder(text.Length + 16);
        var neutraliser = new InlineNeutraliser(inCell: false, meter);
        var start = 0;
        for (var line = 0; ; line++)
        {
            var end = text.IndexOf('\n', start);
            var content = end < 0 ? text[start..] : text[start..end];
            if (findings is not null && findings.CodeLines[line])
            {
                sb.Append(findings.FenceOpenings.Contains(line) ? content.Replace("{", "&#123;").Replace("}", "&#125;") : content);
                meter?.Add(content.Length);
                neutraliser.NewParagraph();
            }
            else
            {
                if (content.AsSpan().IsWhiteSpace() || StartsListItem(content)) neutraliser.NewParagraph();
                neutraliser.Append(sb, content, findings?.Escapes, start);
            }
            if (end < 0) break;
            sb.Append('\n');
            start = end + 1;
        }
        return sb.ToString();
    }

    /// <summary>The last resort for text nested past <see cref="LinePrecheck.MaxDepth"/> (or that Markdig refuses): every
    /// line as plain text, lines kept apart by hard breaks and paragraphs by blank lines.</summary>
    private static string PlainParagraphs(string text, WorkMeter? meter)
    {
        meter?.Add(2L * text.Length);
        var sb = new StringBuilder(text.Length * 2);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var blank = lines[i].AsSpan().IsWhiteSpace();
            if (i > 0) sb.Append(blank || lines[i - 1].AsSpan().IsWhiteSpace() ? "\n" : "\\\n");
            if (!blank) sb.Append(MarkdownEscaper.Text(lines[i]));
        }
        return sb.ToString();
    }

    /// <summary>Unix line ends; Unicode line and paragraph separators (and NEL) as the line breaks they are; no
    /// trailing blank lines or spaces.</summary>
    private static string Normalise(string? markdown)
    {
        var text = markdown ?? "";
        if (text.AsSpan().ContainsAny('\r', '\u2028', '\u2029') || text.Contains('\u0085'))
            text = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u0085', '\n').Replace("\u2029", "\n\n");
        return text.TrimEnd('\n', ' ');
    }

    /// <summary>Escapes a start that would open a block when the one-line text begins a line in the report: heading,
    /// quote, list item, rule, setext underline, fence, link reference definition.</summary>
    private static string EscapeLeadingBlockMarker(string s)
    {
        if (s.Length == 0) return s;
        var c = s[0];
        if (c is '#' or '>' or '=' or '|' || s.StartsWith("~~~", StringComparison.Ordinal)) return "\\" + s;
        if (c is '-' or '+' or '*' or '_' && (s.Length == 1 || s[1] is ' ' or '\t' || IsRule(s, c))) return "\\" + s;
        if (c == '[' && LinePrecheck.IsLinkDefinition(s)) return "\\" + s;
        var digits = 0;
        while (digits < s.Length && digits < 10 && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is > 0 and < 10 && digits < s.Length && s[digits] is '.' or ')')
            return s[..digits] + "\\" + s[digits..];
        return s;
    }

    /// <summary>A list item starts a paragraph of its own (Markdig counts its marks afresh).</summary>
    private static bool StartsListItem(string line) =>
        FenceTracker.ListMarkerEnd(line, FenceTracker.SkipSpaces(line, 0, out _)) >= 0;

    /// <summary>Only <paramref name="c"/> and spaces: a thematic break (or a setext underline).</summary>
    private static bool IsRule(string s, char c) => !s.AsSpan().ContainsAnyExcept(c, ' ', '\t');
}
