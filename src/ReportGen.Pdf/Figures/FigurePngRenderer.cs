using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Figures;

/// <summary>Draws the report's generated figures (the timeline, a review's trend) to PNGs with the same elements and
/// fonts as the PDF, for writers that embed pictures (the .docx). Deterministic: same chart, width and resolution give
/// the same bytes.</summary>
public sealed class FigurePngRenderer
{
    private readonly FontLibrary _fonts;
    private readonly Theme _theme;
    private readonly double _dpi;

    /// <summary>Uses the fonts already loaded by <paramref name="writer"/> and the colours of <paramref name="theme"/>.</summary>
    public FigurePngRenderer(PdfWriter writer, Theme theme, double dpi = 220)
    {
        _fonts = writer.Fonts;
        _theme = theme;
        _dpi = dpi;
    }

    /// <summary>The timeline figure <paramref name="widthPoints"/> wide, as a PNG whose pixel size keeps its aspect ratio.</summary>
    public ImageData Render(TimelineChart chart, double widthPoints) =>
        ElementRasterizer.Render(new TimelineFigureElement(chart, _fonts, _theme), widthPoints, _dpi);

    /// <summary>The trend figure <paramref name="widthPoints"/> wide, as a PNG whose pixel size keeps its aspect ratio.</summary>
    public ImageData Render(TrendChart chart, double widthPoints) =>
        ElementRasterizer.Render(new TrendFigureElement(chart, _fonts, _theme), widthPoints, _dpi);
}
