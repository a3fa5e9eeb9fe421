using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>A callout (summary, note, warning…) as a one-cell table in the Callout Box style: tinted fill and an
/// accent bar on the left in the colour the theme gives the kind, holding an optional title and any blocks.</summary>
internal sealed class CalloutRenderer : BlockRenderer<CalloutBlock>
{
    private const double CellMargins = 18; // left and right cell margins of the Callout Box style, in points

    /// <inheritdoc/>
    protected override void Write(DocxContext context, CalloutBlock block)
    {
        var width = Units.Twips(context.AvailableWidth);
        var table = Tables.Create(StyleIds.CalloutBox, [width], headerRow: false, banded: false);
        var accent = context.Theme.CalloutAccent(block.Kind);
        if (accent != context.Theme.Colors.Accent)
        {
            // The style's bar is the accent colour; a kind the theme gives a tone (warning, danger…) overrides it.
            table.GetFirstChild<TableProperties>()!.TableBorders = new TableBorders { LeftBorder = StyleFactory.Border<LeftBorder>(accent, 3) };
        }
        var row = Tables.Row();
        row.TableRowProperties!.RemoveAllChildren<CantSplit>(); // a long summary may run over a page
        var cell = Tables.Cell(width);
        using (context.Into(cell, context.AvailableWidth - CellMargins))
        {
            if (!string.IsNullOrWhiteSpace(block.Title))
            {
                var title = Paragraphs.Styled(StyleIds.CalloutTitle);
                context.Inlines.AppendRun(title, block.Title, default);
                context.Append(title);
            }
            context.WriteBlocks(block.Blocks);
        }
        if (cell.LastChild is Paragraph last)
            last.Properties().SpacingBetweenLines = new SpacingBetweenLines { After = "0" };
        Tables.EnsureEndsWithParagraph(cell);
        row.AppendChild(cell);
        table.AppendChild(row);
        context.Append(table);
        context.Append(Tables.Spacer(context.Theme.Spacing.Block));
    }
}
