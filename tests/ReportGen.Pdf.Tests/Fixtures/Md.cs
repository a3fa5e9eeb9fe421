using ReportGen.Documents;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>Short constructors for Document model pieces, so fixtures read like the report they build.</summary>
internal static class Md
{
    public static TextInline T(string text) => new(text);
    public static StrongInline B(params Inline[] children) => new(children);
    public static EmphasisInline I(params Inline[] children) => new(children);
    public static CodeInline C(string code) => new(code);
    public static LinkInline Link(string url, string text) => new(url, [new TextInline(text)]);
    public static ParagraphBlock P(params Inline[] inlines) => new(inlines);
    public static ParagraphBlock P(string text) => new([new TextInline(text)]);
    public static HeadingBlock H(int level, string text, string? anchor = null) =>
        new(level, [new TextInline(text)], anchor ?? Slug(text));
    public static ListBlock Bullets(params ListItem[] items) => new(false, 1, items);
    public static ListBlock Numbered(params ListItem[] items) => new(true, 1, items);
    public static ListItem Item(string text, ListBlock? nested = null) =>
        new(nested is null ? [P(text)] : [P(text), nested]);
    public static ListItem Item(params Block[] blocks) => new(blocks);
    public static TableCell Cell(string text, string? tone = null) => new([new TextInline(text)], tone);
    public static TableCell Cell(Inline[] inlines, string? tone = null) => new(inlines, tone);
    public static TableRow Row(params TableCell[] cells) => new(cells);
    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(c)).ToArray());

    /// <summary>A paragraph of plausible incident prose, <paramref name="sentences"/> sentences long.</summary>
    public static ParagraphBlock Filler(int sentences, int seed = 0) => P(string.Join(" ",
        Enumerable.Range(seed, sentences).Select(i =>
            $"Sentence {i} explains what the on-call engineer saw, what they tried and why it did or did not help.")));

    public static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
