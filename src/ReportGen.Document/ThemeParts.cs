namespace ReportGen.Document;

/// <summary>Font sizes in points.</summary>
public sealed record FontSizes
{
    /// <summary>Body text.</summary>
    public double Body { get; init; } = 10;
    /// <summary>Report title.</summary>
    public double Title { get; init; } = 22;
    /// <summary>Heading level 1.</summary>
    public double Heading1 { get; init; } = 16;
    /// <summary>Heading level 2.</summary>
    public double Heading2 { get; init; } = 13;
    /// <summary>Heading level 3.</summary>
    public double Heading3 { get; init; } = 11;
    /// <summary>Code blocks and inline code.</summary>
    public double Code { get; init; } = 8.5;
    /// <summary>Captions, header, footer, table text.</summary>
    public double Small { get; init; } = 8.5;
}

/// <summary>Named colours of the design.</summary>
public sealed record ThemeColors
{
    /// <summary>Body text.</summary>
    public RgbColor Text { get; init; } = RgbColor.Parse("#1D2939");
    /// <summary>Headings and the title.</summary>
    public RgbColor Heading { get; init; } = RgbColor.Parse("#101828");
    /// <summary>Accent (rules under headings, links).</summary>
    public RgbColor Accent { get; init; } = RgbColor.Parse("#1849A9");
    /// <summary>Secondary text: captions, header, footer.</summary>
    public RgbColor Muted { get; init; } = RgbColor.Parse("#667085");
    /// <summary>Thin lines and table borders.</summary>
    public RgbColor Rule { get; init; } = RgbColor.Parse("#D0D5DD");
    /// <summary>Table header row fill.</summary>
    public RgbColor TableHeader { get; init; } = RgbColor.Parse("#EAECF0");
    /// <summary>Alternate table row fill.</summary>
    public RgbColor TableBand { get; init; } = RgbColor.Parse("#F9FAFB");
    /// <summary>Code block fill.</summary>
    public RgbColor CodeBackground { get; init; } = RgbColor.Parse("#F2F4F7");
    /// <summary>Callout box fill.</summary>
    public RgbColor CalloutBackground { get; init; } = RgbColor.Parse("#F5F8FF");
    /// <summary>Fill of a sign-off cell that holds a signature field: the place to sign (PDF field, .docx signature line).</summary>
    public RgbColor SignatureField { get; init; } = RgbColor.Parse("#EEF4FF");
    /// <summary>DRAFT watermark.</summary>
    public RgbColor Draft { get; init; } = RgbColor.Parse("#D92D20");
}

/// <summary>The vertical rhythm of the page in points, one value per decision, read by both writers.</summary>
public sealed record ThemeSpacing
{
    /// <summary>Space above a level-1 heading.</summary>
    public double Heading1Before { get; init; } = 20;
    /// <summary>Space above a level-2 heading.</summary>
    public double Heading2Before { get; init; } = 14;
    /// <summary>Space above a level-3 heading.</summary>
    public double Heading3Before { get; init; } = 10;
    /// <summary>Space between a heading and what follows it.</summary>
    public double HeadingAfter { get; init; } = 6;
    /// <summary>Space between consecutive paragraphs (and lists).</summary>
    public double Paragraph { get; init; } = 6;
    /// <summary>Space before and after a boxed block: table, callout, code, figure, key figures, sign-off.</summary>
    public double Block { get; init; } = 10;
    /// <summary>Space between list items.</summary>
    public double ListItem { get; init; } = 3;

    /// <summary>Space above a heading of <paramref name="level"/> (deeper levels use level 3's).</summary>
    public double HeadingBefore(int level) => level switch { <= 1 => Heading1Before, 2 => Heading2Before, _ => Heading3Before };
}
