using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Output;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf;

/// <summary>Writes a <see cref="ReportDocument"/> as a paginated PDF with our layout engine and our own PDF file writer
/// (<c>PdfFile/</c>), or as PNG page images drawn with SkiaSharp: HarfBuzz-shaped text in the shipped fonts (Liberation,
/// and Noto for other scripts and emoji; subset), links, outline, header and footer.
/// One instance serves a whole run: fonts load once, and <see cref="Write"/> may be called from several threads.</summary>
public sealed class PdfWriter : IDocumentWriter, IDisposable
{
    private readonly FontLibrary _fonts;

    internal FontLibrary Fonts => _fonts;

    /// <summary>Loads the shipped fonts.</summary>
    public PdfWriter(PdfWriterOptions? options = null)
    {
        Options = options ?? new PdfWriterOptions();
        _fonts = new FontLibrary(Options.FontDirectories, Options.SystemFontDirectories);
    }

    /// <summary>Loads the shipped body and monospace faces now instead of on first use, for a caller with a spare core
    /// that can overlap this with other start-up work (the CLI does while the layout compiles). Thread-safe.</summary>
    public void PreloadFonts()
    {
        foreach (var role in Enum.GetValues<FontRole>())
            _fonts.Get(role);
    }

    /// <summary>The options this writer was created with.</summary>
    public PdfWriterOptions Options { get; }

    /// <inheritdoc/>
    public string Format => "pdf";

    /// <inheritdoc/>
    public WriteResult Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var layout = Paginate(document);
        PdfFile.PdfDocumentWriter.Write(layout, document.Settings, output, tagged: !Options.Untagged);
        return new WriteResult(layout.Pages.Count, layout.Warnings);
    }

    /// <summary>Renders every page to PNG at <paramref name="dpi"/> with the same layout and drawing code as the PDF
    /// (for <c>--format png</c> previews and visual tests).</summary>
    public IReadOnlyList<byte[]> RenderPngPages(ReportDocument document, double dpi)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (dpi is <= 0 or > 1200)
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "dpi must be between 1 and 1200");
        return PngPageWriter.Write(Paginate(document), dpi);
    }

    /// <summary>Writes the PDF to <paramref name="pdf"/> and renders every page to PNG at <paramref name="dpi"/> from a
    /// single layout (for <c>--format pdf,png</c>): the same bytes as <see cref="Write"/> followed by
    /// <see cref="RenderPngPages"/>, for the cost of laying the document out once.</summary>
    /// <returns>The PDF's pages and warnings, and one PNG per page in page order.</returns>
    public (WriteResult Result, IReadOnlyList<byte[]> PngPages) WriteWithPngPages(ReportDocument document, Stream pdf, double dpi)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pdf);
        if (dpi is <= 0 or > 1200)
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "dpi must be between 1 and 1200");
        var layout = Paginate(document);
        PdfFile.PdfDocumentWriter.Write(layout, document.Settings, pdf, tagged: !Options.Untagged);
        return (new WriteResult(layout.Pages.Count, layout.Warnings), PngPageWriter.Write(layout, dpi));
    }

    internal PaginatedDocument Paginate(ReportDocument document)
    {
        var theme = document.Theme;
        var contentWidth = theme.PageWidth - theme.Margins.Left - theme.Margins.Right;
        var contentHeight = theme.PageHeight - theme.Margins.Top - theme.Margins.Bottom;
        if (contentWidth < 144 || contentHeight < 144 || new[] { theme.Margins.Left, theme.Margins.Right,
                theme.Margins.Top, theme.Margins.Bottom }.Any(m => m < 0 || double.IsNaN(m)))
            throw new ArgumentException(FormattableString.Invariant($"the theme's margins leave a {contentWidth:0}x{contentHeight:0} pt text area on a ") +
                $"{theme.PageSize} page; margins must be non-negative and leave at least 144x144 pt (2 inches)", nameof(document));
        try
        {
            return DocumentPaginator.Paginate(document, _fonts, new Output.ImageInspector(Options.MaxImagePixels));
        }
        catch (LayoutException e)
        {
            throw new InvalidOperationException("The PDF layout could not be completed: " + e.Message, e);
        }
    }

    /// <summary>Releases the loaded fonts.</summary>
    public void Dispose() => _fonts.Dispose();
}
