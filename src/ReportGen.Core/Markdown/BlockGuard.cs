using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace ReportGen.Core.Markdown;

/// <summary>Finds, in (md) text, the block constructs the format does not allow there (headings, setext underlines,
/// thematic breaks, block quotes, raw HTML blocks, link reference definitions, <c>:::</c> containers) and where its code
/// blocks are, by letting Markdig parse the text's blocks: Markdig, not a second guess, decides what each line is.
/// Only blocks are parsed (no inline parsers), which is linear.</summary>
internal static class BlockGuard
{
    /// <summary>Nesting the text may use on its own (lists in lists, quotes); the report adds its own levels on top,
    /// and Markdig stops at 128.</summary>
    internal const int MaxNesting = 48;

    private static readonly MarkdownPipeline BlocksOnly = CreatePipeline();

    /// <summary>What <see cref="Analyse"/> found: characters to escape (each starts a forbidden block), the lines that
    /// belong to code blocks (left as written), the lines that open a fence, and the fence that closes a code block
    /// left open at the end (it would swallow the rest of the report).</summary>
    internal sealed record Findings(HashSet<int> Escapes, bool[] CodeLines, HashSet<int> FenceOpenings)
    {
        public string? UnclosedFence { get; set; }
    }

    /// <summary>True when some line could start a block other than a paragraph or a list item: only then is the text
    /// parsed. A line is plain when, after up to three spaces and a few list markers, it starts with none of
    /// <c># &gt; = - * _ + [ ` ~</c> and is not indented like code.</summary>
    public static bool MayHoldBlocks(string text)
    {
        var s = text.AsSpan();
        var start = 0;
        while (start <= s.Length)
        {
            var end = s[start..].IndexOf('\n');
            var line = end < 0 ? s[start..] : s.Slice(start, end);
            if (LineMayStartBlock(line)) return true;
            if (end < 0) break;
            start += end + 1;
        }
        return false;
    }

    private static bool LineMayStartBlock(ReadOnlySpan<char> line)
    {
        var i = FenceTracker.SkipSpaces(line, 0, out var indent);
        if (indent >= 4 || (i < line.Length && line[i] == '\t')) return true;
        for (var markers = 0; ; markers++)
        {
            var end = FenceTracker.ListMarkerEnd(line, i);
            if (end < 0) break;
            if (markers == 3) return true;
            i = FenceTracker.SkipSpaces(line, end, out var gap);
            if (gap >= 5 || (i < line.Length && line[i] == '\t')) return true; // code indented inside the item
        }
        return i < line.Length && line[i] is '#' or '>' or '=' or '-' or '*' or '_' or '+' or '[' or '`' or '~';
    }

    /// <summary>Parses the blocks of <paramref name="text"/>; null when it nests deeper than <see cref="MaxNesting"/>.</summary>
    public static Findings? Analyse(string text, LineStarts lines)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, BlocksOnly);
        }
        catch (ArgumentException)
        {
            return null; // Markdig's "too deeply nested"
        }
        var findings = new Findings([], new bool[lines.Count], []);
        // Only a fence at the top level runs on into what follows the text; one in a list item ends with the item.
        if (document.LastChild is FencedCodeBlock { ClosingFencedCharCount: 0 } open)
            findings.UnclosedFence = new string(open.FencedChar, Math.Max(3, open.OpeningFencedCharCount));
        var pending = new Stack<Block>(document);
        while (pending.Count > 0)
        {
            var block = pending.Pop();
            switch (block)
            {
                case FencedCodeBlock fenced:
                    MarkCode(findings, lines, fenced);
                    findings.FenceOpenings.Add(lines.LineOf(fenced.Span.Start));
                    break;
                case CodeBlock code:
                    MarkCode(findings, lines, code);
                    break;
                case HeadingBlock heading:
                    findings.Escapes.Add(heading.IsSetext
                        ? FirstOf(text, lines.Start(lines.LineOf(heading.Span.End)), "=-")
                        : FirstOf(text, heading.Span.Start, "#"));
                    break;
                case ThematicBreakBlock rule:
                    findings.Escapes.Add(FirstOf(text, rule.Span.Start, "-*_"));
                    break;
                case HtmlBlock html:
                    findings.Escapes.Add(FirstOf(text, html.Span.Start, "<"));
                    break;
                case LinkReferenceDefinition definition:
                    findings.Escapes.Add(FirstOf(text, definition.Span.Start, "["));
                    break;
                case QuoteBlock quote:
                    EscapeQuoteMarkers(findings, text, lines, quote);
                    Push(pending, quote);
                    break;
                case CustomContainer container:
                    findings.Escapes.Add(FirstOf(text, container.Span.Start, ":"));
                    Push(pending, container);
                    break;
                case ContainerBlock other:
                    Push(pending, other);
                    break;
            }
        }
        return findings;
    }

    private static void Push(Stack<Block> pending, ContainerBlock container)
    {
        foreach (var child in container) pending.Push(child);
    }

    private static void MarkCode(Findings findings, LineStarts lines, LeafBlock code)
    {
        // A fence left open does not stretch its span over its lines: take the last line it holds too.
        var end = code.Lines.Count > 0 ? Math.Max(code.Span.End, code.Lines.Lines[code.Lines.Count - 1].Position) : code.Span.End;
        var last = lines.LineOf(Math.Max(end, code.Span.Start));
        for (var line = lines.LineOf(code.Span.Start); line <= last; line++) findings.CodeLines[line] = true;
    }

    /// <summary>The <c>&gt;</c> that opens each line of a quote (lazy continuation lines have none).</summary>
    private static void EscapeQuoteMarkers(Findings findings, string text, LineStarts lines, QuoteBlock quote)
    {
        findings.Escapes.Add(FirstOf(text, quote.Span.Start, ">"));
        var last = lines.LineOf(quote.Span.End);
        for (var line = lines.LineOf(quote.Span.Start) + 1; line <= last; line++)
        {
            var i = FenceTracker.SkipSpaces(text, lines.Start(line), out _);
            if (i < text.Length && text[i] == '>') findings.Escapes.Add(i);
        }
    }

    /// <summary>The first of <paramref name="chars"/> at or after <paramref name="from"/> on its line.</summary>
    private static int FirstOf(string text, int from, string chars)
    {
        for (var i = Math.Max(from, 0); i < text.Length && text[i] != '\n'; i++)
            if (chars.Contains(text[i])) return i;
        return Math.Max(from, 0);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseCustomContainers();
        builder.InlineParsers.Clear();
        builder.MaximumNestingDepth = MaxNesting;
        return builder.Build();
    }
}
