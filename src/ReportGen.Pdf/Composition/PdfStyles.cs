using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition;

/// <summary>The theme turned into text styles and spacing for the PDF. Sizes, colours and the rhythm of the page
/// (gaps) come from the theme, which the .docx reads too; what is left here is how the PDF draws them.</summary>
internal sealed class PdfStyles
{
    public PdfStyles(Theme theme)
    {
        Theme = theme;
        var s = theme.Sizes;
        var c = theme.Colors;
        Body = new TextStyle(FontRole.Regular, (float)s.Body, c.Text);
        Small = new TextStyle(FontRole.Regular, (float)s.Small, c.Text);
        Muted = new TextStyle(FontRole.Regular, (float)s.Small, c.Muted);
        Code = new TextStyle(FontRole.Mono, (float)s.Code, c.Text);
        Title = new TextStyle(FontRole.Bold, (float)s.Title, c.Heading);
        Headings =
        [
            new TextStyle(FontRole.Bold, (float)s.Heading1, c.Heading),
            new TextStyle(FontRole.Bold, (float)s.Heading2, c.Heading),
            new TextStyle(FontRole.Bold, (float)s.Heading3, c.Heading),
        ];
        TableText = new TextStyle(FontRole.Regular, (float)TableColumnWidths.TextSize(theme), c.Text);
        TableHeaderText = TableText with { Role = FontRole.Bold, Color = c.Heading };
    }

    public Theme Theme { get; }
    public ThemeColors Colors => Theme.Colors;
    public TextStyle Body { get; }
    public TextStyle Small { get; }
    public TextStyle Muted { get; }
    public TextStyle Code { get; }
    public TextStyle Title { get; }
    public IReadOnlyList<TextStyle> Headings { get; }
    public TextStyle TableText { get; }
    public TextStyle TableHeaderText { get; }

    public TextOptions BodyText { get; } = new() { LineSpacing = 1.4f };
    public TextOptions TightText { get; } = new() { LineSpacing = 1.25f };

    public TextStyle Heading(int level) => Headings[Math.Clamp(level, 1, 3) - 1];

    /// <summary>Space between consecutive blocks of body text (the theme's).</summary>
    public float ParagraphGap => (float)Theme.Spacing.Paragraph;
    /// <summary>Space before and after boxed blocks (the theme's).</summary>
    public float BlockGap => (float)Theme.Spacing.Block;
    /// <summary>Space above a heading of each level (the theme's).</summary>
    public float GapBeforeHeading(int level) => (float)Theme.Spacing.HeadingBefore(level);
    /// <summary>Space between a heading and what follows it (the theme's).</summary>
    public float GapAfterHeading => (float)Theme.Spacing.HeadingAfter;
    public float ListIndent => 16;
    /// <summary>Space between list items (the theme's).</summary>
    public float ListItemGap => (float)Theme.Spacing.ListItem;
    public float CellPaddingX => (float)TableColumnWidths.CellPadding;
    public float CellPaddingY => 3.5f;
}
