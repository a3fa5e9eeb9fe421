using ReportGen.Document;

namespace ReportGen.Testing;

/// <summary>Short constructors for Document model inlines and blocks, so fixtures read like the report they build.</summary>
public static class Md
{
    /// <summary>Plain text.</summary>
    public static TextInline T(string text) => new(text);
    /// <summary>Bold.</summary>
    public static StrongInline B(params Inline[] children) => new(children);
    /// <summary>Italic.</summary>
    public static EmphasisInline I(params Inline[] children) => new(children);
    /// <summary>Inline code.</summary>
    public static CodeInline C(string code) => new(code);
    /// <summary>A link with plain text.</summary>
    public static LinkInline Link(string url, string text) => new(url, [new TextInline(text)]);
    /// <summary>A paragraph of inlines.</summary>
    public static ParagraphBlock P(params Inline[] inlines) => new(inlines);
    /// <summary>A paragraph of plain text.</summary>
    public static ParagraphBlock P(string text) => new([new TextInline(text)]);
    /// <summary>A heading; its anchor defaults to the slug of its text.</summary>
    public static HeadingBlock H(int level, string text, string? anchor = null) =>
        new(level, [new TextInline(text)], anchor ?? Slug(text));
    /// <summary>A bulleted list.</summary>
    public static ListBlock Bullets(params ListItem[] items) => new(false, 1, items);
    /// <summary>A numbered list starting at 1.</summary>
    public static ListBlock Numbered(params ListItem[] items) => new(true, 1, items);
    /// <summary>A numbered list starting at <paramref name="start"/>.</summary>
    public static ListBlock Numbered(int start, params ListItem[] items) => new(true, start, items);
    /// <summary>A list item holding a paragraph and, optionally, a nested list.</summary>
    public static ListItem Item(string text, ListBlock? nested = null) =>
        new(nested is null ? [P(text)] : [P(text), nested]);
    /// <summary>A list item holding one paragraph of inlines.</summary>
    public static ListItem Item(params Inline[] inlines) => new([P(inlines)]);
    /// <summary>A list item holding blocks.</summary>
    public static ListItem Item(params Block[] blocks) => new(blocks);
    /// <summary>A table cell of plain text, with an optional tone.</summary>
    public static TableCell Cell(string text, string? tone = null) => new([new TextInline(text)], tone);
    /// <summary>A table cell of inlines.</summary>
    public static TableCell Cell(params Inline[] inlines) => new(inlines);
    /// <summary>A table cell of inlines with a tone.</summary>
    public static TableCell Cell(Inline[] inlines, string? tone) => new(inlines, tone);
    /// <summary>A table row.</summary>
    public static TableRow Row(params TableCell[] cells) => new(cells);
    /// <summary>A table row with an anchor (a link target).</summary>
    public static TableRow Row(string anchor, params TableCell[] cells) => new(cells, anchor);
    /// <summary>A table row of plain-text cells.</summary>
    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(c)).ToArray());

    /// <summary>A paragraph of plausible incident prose, <paramref name="sentences"/> sentences long.</summary>
    public static ParagraphBlock Filler(int sentences, int seed = 0) => P(string.Join(" ",
        Enumerable.Range(seed, sentences).Select(i =>
            $"Sentence {i} explains what the on-call engineer saw, what they tried and why it did or did not help.")));

    /// <summary>Lower case, every character that is not a letter or digit a hyphen, hyphens trimmed.</summary>
    public static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
