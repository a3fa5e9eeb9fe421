using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Figures;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The generated timeline figure, drawn as vectors at the column width with its caption below, kept on one
/// page.</summary>
internal static class TimelineFigureBuilder
{
    public static Element Build(TimelineFigureBlock figure, RenderContext context)
    {
        var picture = new TimelineFigureElement(figure.Chart, context.Fonts, context.Document.Theme);
        return FigureBuilder.WithCaption(picture, figure, figure.Caption, context);
    }
}
