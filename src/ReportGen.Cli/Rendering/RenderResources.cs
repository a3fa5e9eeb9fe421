using ReportGen.Core;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Documents;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Svg;

namespace ReportGen.Cli.Rendering;

/// <summary>What one run shares across files, loaded once and read-only afterwards: the compiled layout and its
/// theme, the report builder, and the writers (fonts and styles inside them). Writers are created only for the
/// formats asked for, so <c>--format md</c> never pays for loading fonts. Safe to use from parallel workers.</summary>
internal sealed class RenderResources : IDisposable
{
    private readonly Lazy<PdfWriter> _pdf;
    private readonly Lazy<DocxWriter> _docx;

    private RenderResources(ReportBuilder builder, Theme theme, string? referenceDocx, Lazy<PdfWriter> pdf)
    {
        Builder = builder;
        _pdf = pdf;
        _docx = new Lazy<DocxWriter>(() =>
        {
            // The .docx embeds the timeline figure as a picture drawn by the PDF engine, so both outputs show one drawing.
            var figures = new TimelinePngRenderer(_pdf.Value, theme);
            var svgs = new SvgPngRenderer(_pdf.Value);
            return new DocxWriter(new DocxWriterOptions
            {
                ReferenceDocxPath = referenceDocx, FigureRasterizer = figures.Render, SvgRasterizer = svgs.Render,
            });
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Incident → Markdown → Document.</summary>
    public ReportBuilder Builder { get; }
    /// <summary>The PDF (and PNG preview) writer.</summary>
    public PdfWriter Pdf => _pdf.Value;
    /// <summary>The .docx writer.</summary>
    public DocxWriter Docx => _docx.Value;

    /// <summary>Loads the layout; returns null with diagnostics when the layout is unusable.</summary>
    public static RenderResources? Load(RenderOptions options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var pdf = new Lazy<PdfWriter>(() => new PdfWriter(new PdfWriterOptions
        {
            FontDirectories = options.FontDirectories, MaxImagePixels = options.LoadOptions.MaxImagePixels,
        }),
            LazyThreadSafetyMode.ExecutionAndPublication);
        // Fonts and Skia load on the other core while the layout compiles: most of a one-file render's cold start.
        if (options.Formats.Any(f => f is OutputFormat.Pdf or OutputFormat.Docx or OutputFormat.Png))
            _ = Task.Run(() => pdf.Value.PreloadFonts());
        var layout = ReportLayout.Load(options.LayoutDirectory, options.LoadOptions.MaxImagePixels);
        diagnostics = layout.Diagnostics;
        return layout.Layout is null ? null : new RenderResources(new ReportBuilder(layout.Layout, options.LayoutBudget), layout.Layout.Theme, options.ReferenceDocx, pdf);
    }

    /// <summary>Releases the fonts, if the PDF writer was ever created.</summary>
    public void Dispose()
    {
        if (_pdf.IsValueCreated)
            _pdf.Value.Dispose();
    }
}
