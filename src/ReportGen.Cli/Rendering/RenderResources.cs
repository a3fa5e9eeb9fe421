using ReportGen.Core;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;

namespace ReportGen.Cli.Rendering;

/// <summary>What one run shares across files, loaded once and read-only afterwards: the compiled layout and its
/// theme, the report builder, and the writers (fonts and styles inside them). Safe to use from parallel workers.</summary>
internal sealed class RenderResources
{
    private RenderResources(ReportBuilder builder, PdfWriter pdf, DocxWriter docx)
    {
        Builder = builder;
        Pdf = pdf;
        Docx = docx;
    }

    /// <summary>Incident → Markdown → Document.</summary>
    public ReportBuilder Builder { get; }
    /// <summary>The PDF (and PNG preview) writer.</summary>
    public PdfWriter Pdf { get; }
    /// <summary>The .docx writer.</summary>
    public DocxWriter Docx { get; }

    /// <summary>Loads the layout and creates the writers; returns null with diagnostics when the layout is unusable.</summary>
    public static RenderResources? Load(RenderOptions options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var layout = ReportLayout.Load(options.LayoutDirectory);
        diagnostics = layout.Diagnostics;
        if (layout.Layout is null)
            return null;
        var pdf = new PdfWriter();
        // The .docx embeds the timeline figure as a picture drawn by the PDF engine, so both outputs show one drawing.
        var figures = new TimelinePngRenderer(pdf, layout.Layout.Theme);
        var docx = new DocxWriter(new DocxWriterOptions
        {
            ReferenceDocxPath = options.ReferenceDocx,
            FigureRasterizer = figures.Render,
        });
        return new RenderResources(new ReportBuilder(layout.Layout), pdf, docx);
    }
}
