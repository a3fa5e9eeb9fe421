using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The generated timeline figure: a PNG the options' rasterizer draws at the text width (the PDF engine's own
/// drawing, so both outputs show one picture), with the figure's alt text and its caption below.</summary>
internal sealed class TimelineFigureRenderer : BlockRenderer<TimelineFigureBlock>
{
    /// <summary>The drawing's name, so the picture can be told from the user's figures.</summary>
    public const string DrawingName = "Timeline figure";

    /// <inheritdoc/>
    protected override void Write(DocxContext context, TimelineFigureBlock block)
    {
        if (context.Options.FigureRasterizer is not { } rasterize)
        {
            context.Warn("the timeline figure was left out of the Word document (nothing to draw it with)");
            return;
        }
        FigureRenderer.WriteGenerated(context, rasterize(block.Chart, context.AvailableWidth), block.Description, block.Caption, DrawingName);
    }
}
