using ReportGen.Document;

namespace ReportGen.Pdf.Text;

/// <summary>How a span of text looks: face role, size in points, colour, and optional link target, underline and
/// background (inline code).</summary>
internal sealed record TextStyle(FontRole Role, float Size, RgbColor Color)
{
    /// <summary>URL or <c>#anchor</c> the text links to.</summary>
    public string? Link { get; init; }
    /// <summary>What the link is in the document (the <c>LinkInline</c>, or the contents entry): the pieces of one
    /// link, over several lines or styles, make one Link element in the PDF's structure tree.</summary>
    public object? LinkOwner { get; init; }
    /// <summary>Text that is layout, not content (a code block's continuation marks): an artifact in a tagged PDF.</summary>
    public bool IsArtifact { get; init; }
    public bool Underline { get; init; }
    public RgbColor? Background { get; init; }
}

/// <summary>A run of text in one style. A <c>\n</c> inside <see cref="Text"/> is a hard line break.</summary>
internal sealed record TextSpan(string Text, TextStyle Style);

/// <summary>Paragraph-level text settings.</summary>
internal sealed record TextOptions
{
    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public float LineSpacing { get; init; } = 1.35f;
    /// <summary>Printed at the start of every line that continues a wrapped line (code blocks), or null.</summary>
    public TextSpan? ContinuationMark { get; init; }
    /// <summary>One line only (running headers and footers): text wider than the column, or with a hard break, is cut
    /// at a grapheme boundary and ends with an ellipsis, so it can never grow into the page body.</summary>
    public bool SingleLine { get; init; }
}
