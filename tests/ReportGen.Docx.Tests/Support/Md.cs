using ReportGen.Documents;

namespace ReportGen.Docx.Tests.Support;

/// <summary>Short constructors for Document model inlines and blocks, so fixtures read like the report.</summary>
internal static class Md
{
    public static TextInline T(string text) => new(text);
    public static StrongInline B(params Inline[] children) => new(children);
    public static EmphasisInline I(params Inline[] children) => new(children);
    public static CodeInline C(string code) => new(code);
    public static LinkInline Link(string url, string text) => new(url, [new TextInline(text)]);
    public static ParagraphBlock P(params Inline[] inlines) => new(inlines);
    public static ParagraphBlock P(string text) => new([new TextInline(text)]);
    public static HeadingBlock H(int level, string text, string anchor) => new(level, [new TextInline(text)], anchor);
    public static ListItem Item(string text, ListBlock? nested = null) =>
        new(nested is null ? [P(text)] : [P(text), nested]);
    public static ListItem Item(params Inline[] inlines) => new([P(inlines)]);
    public static ListBlock Bullets(params ListItem[] items) => new(false, 1, items);
    public static ListBlock Numbered(int start, params ListItem[] items) => new(true, start, items);
    public static TableCell Cell(string text, string? tone = null) => new([new TextInline(text)], tone);
    public static TableCell Cell(params Inline[] inlines) => new(inlines);
    public static TableRow Row(params TableCell[] cells) => new(cells);
    public static TableRow Row(string anchor, params TableCell[] cells) => new(cells, anchor);
}
