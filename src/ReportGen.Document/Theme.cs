using System.Globalization;

namespace ReportGen.Documents;

/// <summary>The visual design shared by both writers, read from a layout's <c>theme.yaml</c>.
/// Lengths are in points (1/72 inch); colours are <see cref="RgbColor"/>.</summary>
public sealed record Theme
{
    /// <summary>Page size name: <c>A4</c> or <c>Letter</c>.</summary>
    public string PageSize { get; init; } = "A4";
    /// <summary>Page width in points.</summary>
    public double PageWidth => PageSize.Equals("Letter", StringComparison.OrdinalIgnoreCase) ? 612 : 595.28;
    /// <summary>Page height in points.</summary>
    public double PageHeight => PageSize.Equals("Letter", StringComparison.OrdinalIgnoreCase) ? 792 : 841.89;
    /// <summary>Page margins.</summary>
    public Margins Margins { get; init; } = new(56.7, 56.7, 62, 56.7);

    /// <summary>Fonts for the PDF writer: shipped TrueType families (see the fonts folder).</summary>
    public FontSet PdfFonts { get; init; } = new("Liberation Sans", "Liberation Sans", "Liberation Mono");
    /// <summary>Fonts named in the DOCX styles (metric-compatible with <see cref="PdfFonts"/>).</summary>
    public FontSet DocxFonts { get; init; } = new("Arial", "Arial", "Courier New");

    /// <summary>Font sizes in points.</summary>
    public FontSizes Sizes { get; init; } = new();
    /// <summary>Colours.</summary>
    public ThemeColors Colors { get; init; } = new();

    /// <summary>Named tones used by table cells and key figures (<c>severity-critical</c>, <c>priority-p0</c>, …):
    /// the fill colour and the text colour drawn on it.</summary>
    public IReadOnlyDictionary<string, Tone> Tones { get; init; } = DefaultTones;

    /// <summary>Link schemes besides http, https and mailto that reports make clickable (<c>link_schemes</c> in
    /// theme.yaml, e.g. <c>ftp</c>, <c>tel</c>); links with any other scheme are printed as text.</summary>
    public IReadOnlyList<string> LinkSchemes { get; init; } = [];

    /// <summary>Optional logo drawn in the title block.</summary>
    public ImageData? Logo { get; init; }

    /// <summary>The tone for a name, or null when the theme has none.</summary>
    public Tone? FindTone(string? name) =>
        name is not null && Tones.TryGetValue(name.ToLowerInvariant(), out var tone) ? tone : null;

    /// <summary>Built-in palette; a theme.yaml may override any entry.</summary>
    public static IReadOnlyDictionary<string, Tone> DefaultTones { get; } = new Dictionary<string, Tone>
    {
        ["severity-critical"] = new(RgbColor.Parse("#B42318"), RgbColor.Parse("#FFFFFF")),
        ["severity-high"] = new(RgbColor.Parse("#DC6803"), RgbColor.Parse("#FFFFFF")),
        ["severity-medium"] = new(RgbColor.Parse("#FDB022"), RgbColor.Parse("#1D2939")),
        ["severity-low"] = new(RgbColor.Parse("#12B76A"), RgbColor.Parse("#FFFFFF")),
        ["priority-p0"] = new(RgbColor.Parse("#FEE4E2"), RgbColor.Parse("#912018")),
        ["priority-p1"] = new(RgbColor.Parse("#FEF0C7"), RgbColor.Parse("#93370D")),
        ["priority-p2"] = new(RgbColor.Parse("#EFF8FF"), RgbColor.Parse("#175CD3")),
        ["priority-p3"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#344054")),
        ["status-done"] = new(RgbColor.Parse("#ECFDF3"), RgbColor.Parse("#027A48")),
        ["status-open"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#344054")),
        ["status-in_progress"] = new(RgbColor.Parse("#EFF8FF"), RgbColor.Parse("#175CD3")),
        ["status-wont_do"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#667085")),
        ["phase-detect"] = new(RgbColor.Parse("#FDA29B"), RgbColor.Parse("#1D2939")),
        ["phase-mitigate"] = new(RgbColor.Parse("#FEC84B"), RgbColor.Parse("#1D2939")),
        ["phase-resolve"] = new(RgbColor.Parse("#A6F4C5"), RgbColor.Parse("#1D2939")),
    };
}

/// <summary>Page margins in points.</summary>
public sealed record Margins(double Left, double Right, double Top, double Bottom);

/// <summary>Font family names for body text, headings and code.</summary>
public sealed record FontSet(string Body, string Heading, string Mono);

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
    /// <summary>DRAFT watermark.</summary>
    public RgbColor Draft { get; init; } = RgbColor.Parse("#D92D20");
}

/// <summary>A fill colour and the text colour that reads on it.</summary>
public sealed record Tone(RgbColor Fill, RgbColor Text);

/// <summary>An opaque sRGB colour.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>Parses <c>#RRGGBB</c> or <c>RRGGBB</c>.</summary>
    /// <exception cref="FormatException">When the text is not six hex digits.</exception>
    public static RgbColor Parse(string text)
    {
        if (!TryParse(text, out var color))
            throw new FormatException($"'{text}' is not a colour; expected #RRGGBB");
        return color;
    }

    /// <summary>Parses <c>#RRGGBB</c> or <c>RRGGBB</c>.</summary>
    public static bool TryParse(string? text, out RgbColor color)
    {
        color = default;
        var s = text?.Trim().TrimStart('#') ?? "";
        if (s.Length != 6 || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
            return false;
        color = new RgbColor((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    /// <summary>Upper-case hex without '#', as OpenXML wants it.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";

    /// <inheritdoc/>
    public override string ToString() => "#" + Hex;
}
