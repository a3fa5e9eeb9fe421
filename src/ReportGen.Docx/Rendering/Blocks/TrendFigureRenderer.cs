using ReportGen.Document;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A review's generated trend figure: a PNG the options' rasterizer draws at the text width (the PDF engine's
/// own drawing, so both outputs show one picture), with the figure's alt text and its caption below.</summary>
internal sealed class TrendFigureRenderer : BlockRenderer<TrendFigureBlock>
{
    /// <summary>The drawing's name, so the picture can be told from the user's figures.</summary>
    public const string DrawingName = "Trend figure";

    /// <inheritdoc/>
    protected override void Write(DocxContext context, TrendFigureBlock block)
    {
        if (context.Options.TrendRasterizer is not { } rasterize)
        {
            context.Warn("the trend figure was left out of the Word document (nothing to draw it with)");
            return;
        }
        FigureRenderer.WriteGenerated(context, rasterize(block.Chart, context.AvailableWidth), block.AltText, block.Caption, DrawingName);
    }
}
