namespace ReportGen.Document;

/// <summary>A block-level element of a report. Every piece of content is one block holding all its data, and both
/// writers render every block type (see <c>docs/format-differences.md</c> for what a format cannot show).</summary>
/// <remarks><see cref="SourceLine"/> is the 1-based line of the generated Markdown the block came from (0 when unknown).
/// <see cref="Origin"/> is where its content comes from, when known: the first incident value written inside it (with
/// its YAML path), else the layout template's line for the layout's own text. Writers warn at the origin.</remarks>
public abstract record Block
{
    /// <summary>1-based line in the intermediate Markdown (as <c>--format md</c> writes it), 0 when unknown.</summary>
    public int SourceLine { get; init; }

    /// <summary>Where the block's content comes from: a value of the incident file (<see cref="SourceReference.YamlPath"/>
    /// set) or the layout template's text (no YAML path); null when not known.</summary>
    public SourceReference? Origin { get; init; }
}

/// <summary>A place in an input file: 1-based line and column, and the YAML path of the value when it is one
/// (<c>timeline[3].event</c>).</summary>
public sealed record SourceReference(string File, int Line, int Column)
{
    /// <summary>The YAML path of the value, e.g. <c>root_cause.what_happened</c>; null when the block is not one value.</summary>
    public string? YamlPath { get; init; }
}

/// <summary>A heading (level 1 to 3; deeper levels are mapped to 3) with a stable anchor id for links, TOC and bookmarks.</summary>
public sealed record HeadingBlock(int Level, IReadOnlyList<Inline> Inlines, string AnchorId) : Block
{
    /// <summary>Runs of the inlines that show incident values (see <see cref="ValueMark"/>).</summary>
    public IReadOnlyList<ValueMark> Marks { get; init; } = [];
}

/// <summary>A paragraph of rich text.</summary>
public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines) : Block
{
    /// <summary>Runs of the inlines that show incident values (see <see cref="ValueMark"/>).</summary>
    public IReadOnlyList<ValueMark> Marks { get; init; } = [];

    /// <summary>The YAML path of the block value (<c>md.block</c>, <c>md.list</c>) this whole paragraph is part of,
    /// e.g. <c>summary</c>; null when it is not one. The .docx marks such a paragraph as a whole for
    /// <c>reportgen import</c>. Not <see cref="Block.Origin"/>: a paragraph of layout text with an inline value has
    /// that value as its origin, but is not part of it.</summary>
    public string? BlockValue { get; init; }
}

/// <summary>A bullet or numbered list; items hold blocks, so lists nest.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block;

/// <summary>One list item: its blocks (usually a paragraph, possibly a nested list).</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);

/// <summary>Preformatted code; whitespace is significant.</summary>
public sealed record CodeBlock(string Code, string? Language = null) : Block
{
    /// <summary>The YAML path of the incident value the code shows whole (<c>appendices.snippets[0].code</c>), or null.
    /// The .docx marks it for <c>reportgen import</c>.</summary>
    public string? Value { get; init; }
}

/// <summary>A boxed group of blocks (from a Markdown <c>:::</c> container), e.g. kind <c>note</c>, <c>warning</c>,
/// <c>summary</c>. Its accent colour comes from the theme's callout tones (<see cref="Theme.CalloutAccent"/>).</summary>
public sealed record CalloutBlock(string Kind, string? Title, IReadOnlyList<Block> Blocks) : Block;

/// <summary>An image with a caption. <see cref="Source"/> is the path as written in the incident file.</summary>
public sealed record FigureBlock(string Source, string Caption, string AltText, ImageData? Image) : Block
{
    /// <summary>What the figure shows, for readers who cannot see it (the PDF's <c>/Alt</c>, the .docx's alt text): the
    /// alt text, else the caption, else the source path; never empty.</summary>
    public string Description => FigureText.First(AltText, Caption, Source, "Figure");

    /// <summary>The YAML path of the incident value the caption shows whole (<c>impact.figures[0].title</c>), or null.
    /// The .docx marks it for <c>reportgen import</c>.</summary>
    public string? CaptionValue { get; init; }

    /// <summary>The YAML path of the key the alt text comes from (<c>impact.figures[0].alt</c>, also when the file
    /// leaves it to its default, the title), or null. The .docx marks the picture, whose alt text Word edits, with it.</summary>
    public string? AltTextValue { get; init; }
}

/// <summary>The generated incident-at-a-glance figure: phases from start to detection, mitigation and resolution,
/// and the timeline entries, drawn by each writer from <see cref="Chart"/>.</summary>
public sealed record TimelineFigureBlock(TimelineChart Chart, string Caption, string AltText) : Block
{
    /// <summary>What the figure shows, for readers who cannot see it: the alt text, else the caption; never empty.</summary>
    public string Description => FigureText.First(AltText, Caption, "Incident timeline");
}

internal static class FigureText
{
    public static string First(params string?[] texts) => texts.First(t => !string.IsNullOrWhiteSpace(t))!.Trim();
}

/// <summary>Forces the following content onto a new page.</summary>
public sealed record PageBreakBlock : Block;

/// <summary>A horizontal rule.</summary>
public sealed record RuleBlock : Block;

/// <summary>The key figures strip (time to detect, mitigate, resolve, affected users…). How many go on a row is the
/// theme's <see cref="Theme.KeyFiguresPerRow"/>, split by <see cref="KeyFigureRows"/>.</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<KeyFigure> Figures) : Block;

/// <summary>One key figure: a short label and its value, read in that order. <see cref="Tone"/> optionally names a
/// palette entry.</summary>
public sealed record KeyFigure(string Label, string Value, string? Tone = null);
