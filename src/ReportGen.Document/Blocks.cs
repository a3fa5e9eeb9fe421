namespace ReportGen.Documents;

/// <summary>A block-level element of a report. Writers switch on the concrete type.</summary>
/// <remarks><see cref="SourceLine"/> is the 1-based line of the generated Markdown the block came from (0 when unknown);
/// writers use it only in diagnostics.</remarks>
public abstract record Block
{
    /// <summary>1-based line in the intermediate Markdown, 0 when unknown.</summary>
    public int SourceLine { get; init; }

    /// <summary>Classes from a Markdown <c>{.class}</c> attribute, e.g. <c>summary</c>; empty when none.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];
}

/// <summary>A heading (level 1 to 3; deeper levels are mapped to 3) with a stable anchor id for links, TOC and bookmarks.</summary>
public sealed record HeadingBlock(int Level, IReadOnlyList<Inline> Inlines, string AnchorId) : Block;

/// <summary>A paragraph of rich text.</summary>
public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines) : Block;

/// <summary>A bullet or numbered list; items hold blocks, so lists nest.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block;

/// <summary>One list item: its blocks (usually a paragraph, possibly a nested list).</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);

/// <summary>Horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Flush left.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right (numbers).</summary>
    Right,
}

/// <summary>A table column: alignment and a relative width hint (weights, not absolute sizes; null lets the writer decide).</summary>
public sealed record TableColumn(ColumnAlignment Alignment, double? WidthWeight = null);

/// <summary>A table with one header row. Every row has exactly <see cref="Columns"/>.Count cells.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, TableRow Header, IReadOnlyList<TableRow> Rows) : Block;

/// <summary>A table row. <see cref="AnchorId"/> lets links point at the row (action items: <c>#action-a1</c>).</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, string? AnchorId = null);

/// <summary>A table cell. <see cref="Tone"/> names a theme palette entry (e.g. <c>severity-high</c>, <c>priority-p0</c>) that colours it.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Inlines, string? Tone = null);

/// <summary>Preformatted code; whitespace is significant.</summary>
public sealed record CodeBlock(string Code, string? Language = null) : Block;

/// <summary>A boxed group of blocks (from a Markdown <c>:::</c> container), e.g. kind <c>note</c>, <c>warning</c>, <c>summary</c>.</summary>
public sealed record CalloutBlock(string Kind, string? Title, IReadOnlyList<Block> Blocks) : Block;

/// <summary>An image with a caption. <see cref="Source"/> is the path as written, or <c>figure:NAME</c> for a figure the
/// writers generate themselves (see <see cref="ReportDocument.Timeline"/>).</summary>
public sealed record FigureBlock(string Source, string Caption, string AltText, ImageData? Image) : Block;

/// <summary>Forces the following content onto a new page.</summary>
public sealed record PageBreakBlock : Block;

/// <summary>A horizontal rule.</summary>
public sealed record RuleBlock : Block;

/// <summary>The sign-off table: one line per signer with space for a signature.</summary>
public sealed record SignOffBlock(IReadOnlyList<SignOffEntry> Entries) : Block;

/// <summary>One signer: name, role (Facilitator, Reviewer…) and the date if known.</summary>
public sealed record SignOffEntry(string Name, string Role, string? Date)
{
    /// <summary>The name of the signer's signature field (the YAML path of the signer, <c>signoff.approvals[0]</c>), or
    /// null when the signer signs on paper only: the PDF gets an empty signable field of this name over the signature
    /// cell, the .docx a signature line.</summary>
    public string? SignatureField { get; init; }
}

/// <summary>The key figures strip (time to detect, mitigate, resolve, affected users…).</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<KeyFigure> Figures) : Block;

/// <summary>One key figure: a short label and its value. <see cref="Tone"/> optionally names a palette entry.</summary>
public sealed record KeyFigure(string Label, string Value, string? Tone = null);
