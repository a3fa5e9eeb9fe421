using ReportGen.Document.Diagnostics;
using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition;

/// <summary>Everything one render needs while turning blocks into elements: the document, styles, fonts, the line
/// breaker and the warnings so far. Created per render and used by one thread.</summary>
internal sealed class RenderContext
{
    public RenderContext(ReportDocument document, FontLibrary fonts)
    {
        Document = document;
        Styles = new PdfStyles(document.Theme);
        Fonts = fonts.ForLanguage(document.Settings.Language); // Han forms follow the document's language
        Breaker = new LineBreaker(Fonts, Missing);
        var theme = document.Theme;
        Geometry = new PageGeometry((float)theme.PageWidth, (float)theme.PageHeight, (float)theme.Margins.Left,
            (float)theme.Margins.Right, (float)theme.Margins.Top, (float)theme.Margins.Bottom);
    }

    public ReportDocument Document { get; }
    public PdfStyles Styles { get; }
    public FontLibrary Fonts { get; }
    public MissingCharacters Missing { get; } = new();
    public LineBreaker Breaker { get; }
    public PageGeometry Geometry { get; }
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>The origin of the innermost block (or table row) being built that knows it: warnings raised while
    /// building it point there.</summary>
    public SourceReference? CurrentOrigin { get; set; }

    /// <summary>A warning about what is being built (at its origin in the incident file or layout).</summary>
    public void Warn(string message) => Warnings.Add(WriterWarning.For(Document, CurrentOrigin, message));

    /// <summary>A warning about the document as a whole (the theme, fonts), whatever is being built.</summary>
    public void WarnDocument(string message) => Warnings.Add(WriterWarning.For(Document, null, message));
    /// <summary>Checks images before they are laid out (a damaged or oversized one becomes a placeholder).</summary>
    public Output.ImageInspector Images { get; init; } = new();

    /// <summary>The anchors the document defines: the targets internal links may point at.</summary>
    public HashSet<string> Anchors => _anchors ??= DocumentAnchors.In(Document.Blocks).ToHashSet(StringComparer.Ordinal);
    private HashSet<string>? _anchors;

    /// <summary>Page numbers (1-based) of named destinations, known after a first layout; empty before.</summary>
    public IReadOnlyDictionary<string, int> DestinationPages { get; set; } = new Dictionary<string, int>();

    /// <summary>Characters no output can show, removed from every text as the .docx writer removes them.</summary>
    public UnshowableCharacters Unshowable { get; } = new();

    public TextElement Text(IReadOnlyList<TextSpan> spans, TextOptions? options = null,
        ColumnAlignment alignment = ColumnAlignment.Left) =>
        new(Clean(spans), options ?? Styles.BodyText, alignment, Breaker);

    private IReadOnlyList<TextSpan> Clean(IReadOnlyList<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (!UnshowableCharacters.IsClean(span.Text))
                return spans.Select(s => s with { Text = Unshowable.Clean(s.Text) }).ToList();
        }
        return spans;
    }

    public TextElement Text(string text, TextStyle style, TextOptions? options = null,
        ColumnAlignment alignment = ColumnAlignment.Left) =>
        Text([new TextSpan(text, style)], options, alignment);

    public TextElement Text(IReadOnlyList<Inline> inlines, TextStyle style, TextOptions? options = null,
        ColumnAlignment alignment = ColumnAlignment.Left) =>
        Text(InlineSpans.From(inlines, style, this), options, alignment);

    /// <summary>Width in points of text on one line, for sizing badges and columns.</summary>
    public float Measure(string text, TextStyle style) => Text(text, style).NaturalWidth();
}
