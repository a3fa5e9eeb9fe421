using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Figures;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A review's generated trend figure, drawn as vectors at the column width with its caption below, kept on
/// one page.</summary>
internal static class TrendFigureBuilder
{
    public static Element Build(TrendFigureBlock figure, RenderContext context) =>
        FigureBuilder.WithCaption(new TrendFigureElement(figure.Chart, context.Fonts, context.Document.Theme), figure, figure.Caption, context);
}
