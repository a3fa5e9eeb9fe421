using System.Globalization;

namespace ReportGen.Document;

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
    /// <summary>Width between the left and right margins, in points.</summary>
    public double TextWidth => PageWidth - Margins.Left - Margins.Right;

    /// <summary>Fonts for the PDF writer: shipped TrueType families (see the fonts folder).</summary>
    public FontSet PdfFonts { get; init; } = new("Liberation Sans", "Liberation Sans", "Liberation Mono");
    /// <summary>Fonts named in the DOCX styles (metric-compatible with <see cref="PdfFonts"/>).</summary>
    public FontSet DocxFonts { get; init; } = new("Arial", "Arial", "Courier New");

    /// <summary>Font sizes in points.</summary>
    public FontSizes Sizes { get; init; } = new();
    /// <summary>Colours.</summary>
    public ThemeColors Colors { get; init; } = new();

    /// <summary>Named tones used by table cells, key figures, badges and callouts (<c>severity-critical</c>, <c>priority-p0</c>, …):
    /// the fill colour and the text colour drawn on it.</summary>
    public IReadOnlyDictionary<string, Tone> Tones { get; init; } = DefaultTones;

    /// <summary>Link schemes besides http, https and mailto that reports make clickable (<c>link_schemes</c> in
    /// theme.yaml, e.g. <c>ftp</c>, <c>tel</c>); links with any other scheme are printed as text.</summary>
    public IReadOnlyList<string> LinkSchemes { get; init; } = [];

    /// <summary>Optional logo drawn in the title block.</summary>
    public ImageData? Logo { get; init; }

    /// <summary>The vertical rhythm: gaps around headings, between paragraphs and around boxed blocks.</summary>
    public ThemeSpacing Spacing { get; init; } = new();

    /// <summary>The tone (a name in <see cref="Tones"/>) whose fill colours a callout's accent bar, by callout kind
    /// (<c>warning</c>, <c>danger</c>…); kinds not listed use the accent colour.</summary>
    public IReadOnlyDictionary<string, string> CalloutTones { get; init; } = DefaultCalloutTones;

    /// <summary>At most this many key figures share a row (rows are balanced: see <see cref="KeyFigureRows"/>).</summary>
    public int KeyFiguresPerRow { get; init; } = 4;

    /// <summary>How many heading levels the table of contents lists, from the document's shallowest heading level.</summary>
    public int ContentsLevels { get; init; } = 2;

    /// <summary>The tone for a name, or null when the theme has none.</summary>
    public Tone? FindTone(string? name) =>
        name is not null && Tones.TryGetValue(name.ToLowerInvariant(), out var tone) ? tone : null;

    /// <summary>The accent colour of a callout of <paramref name="kind"/>: its tone's fill, or the theme accent.</summary>
    public RgbColor CalloutAccent(string kind) =>
        CalloutTones.TryGetValue(kind.ToLowerInvariant(), out var name) && FindTone(name) is { } tone ? tone.Fill : Colors.Accent;

    /// <summary>Built-in callout tones; a theme.yaml <c>callouts</c> mapping may override any entry.</summary>
    public static IReadOnlyDictionary<string, string> DefaultCalloutTones { get; } = new Dictionary<string, string>
    {
        ["warning"] = "severity-high",
        ["caution"] = "severity-high",
        ["danger"] = "severity-critical",
        ["critical"] = "severity-critical",
        ["important"] = "severity-critical",
        ["success"] = "severity-low",
        ["tip"] = "severity-low",
    };

    /// <summary>Built-in palette; a theme.yaml may override any entry.</summary>
    public static IReadOnlyDictionary<string, Tone> DefaultTones { get; } = new Dictionary<string, Tone>
    {
        ["severity-critical"] = new(RgbColor.Parse("#B42318"), RgbColor.Parse("#FFFFFF")),
        ["severity-high"] = new(RgbColor.Parse("#B54708"), RgbColor.Parse("#FFFFFF")),
        ["severity-medium"] = new(RgbColor.Parse("#FDB022"), RgbColor.Parse("#1D2939")),
        ["severity-low"] = new(RgbColor.Parse("#067647"), RgbColor.Parse("#FFFFFF")),
        ["priority-p0"] = new(RgbColor.Parse("#FEE4E2"), RgbColor.Parse("#912018")),
        ["priority-p1"] = new(RgbColor.Parse("#FEF0C7"), RgbColor.Parse("#93370D")),
        ["priority-p2"] = new(RgbColor.Parse("#EFF8FF"), RgbColor.Parse("#175CD3")),
        ["priority-p3"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#344054")),
        ["status-done"] = new(RgbColor.Parse("#ECFDF3"), RgbColor.Parse("#027A48")),
        ["status-open"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#344054")),
        ["status-in_progress"] = new(RgbColor.Parse("#EFF8FF"), RgbColor.Parse("#175CD3")),
        ["status-wont_do"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#667085")),
        ["status-draft"] = new(RgbColor.Parse("#FEF0C7"), RgbColor.Parse("#93370D")),
        ["status-review"] = new(RgbColor.Parse("#EFF8FF"), RgbColor.Parse("#175CD3")),
        ["status-final"] = new(RgbColor.Parse("#ECFDF3"), RgbColor.Parse("#027A48")),
        ["decision-approved"] = new(RgbColor.Parse("#ECFDF3"), RgbColor.Parse("#027A48")),
        ["decision-changes_requested"] = new(RgbColor.Parse("#FEF0C7"), RgbColor.Parse("#93370D")),
        ["decision-rejected"] = new(RgbColor.Parse("#FEE4E2"), RgbColor.Parse("#912018")),
        ["decision-pending"] = new(RgbColor.Parse("#F2F4F7"), RgbColor.Parse("#344054")),
        ["phase-detect"] = new(RgbColor.Parse("#FDA29B"), RgbColor.Parse("#1D2939")),
        ["phase-mitigate"] = new(RgbColor.Parse("#FEC84B"), RgbColor.Parse("#1D2939")),
        ["phase-resolve"] = new(RgbColor.Parse("#A6F4C5"), RgbColor.Parse("#1D2939")),
    };
}

/// <summary>Page margins in points.</summary>
public sealed record Margins(double Left, double Right, double Top, double Bottom);

/// <summary>Font family names for body text, headings and code.</summary>
public sealed record FontSet(string Body, string Heading, string Mono);

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
