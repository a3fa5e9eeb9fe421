using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>Draws the timeline figure to a PNG with the same element and fonts as the PDF, for writers that embed
/// pictures (the .docx). Output is deterministic: same chart, width and resolution give the same bytes.</summary>
public sealed class TimelinePngRenderer
{
    private readonly FontLibrary _fonts;
    private readonly Theme _theme;
    private readonly double _dpi;

    /// <summary>Uses the fonts already loaded by <paramref name="writer"/> and the colours of <paramref name="theme"/>.</summary>
    public TimelinePngRenderer(PdfWriter writer, Theme theme, double dpi = 220)
    {
        _fonts = writer.Fonts;
        _theme = theme;
        _dpi = dpi;
    }

    /// <summary>The figure <paramref name="widthPoints"/> wide, as a PNG whose pixel size keeps its aspect ratio.</summary>
    public ImageData Render(TimelineChart chart, double widthPoints)
    {
        var element = new TimelineFigureElement(chart, _fonts, _theme);
        return ElementRasterizer.Render(element, widthPoints, _dpi);
    }
}
