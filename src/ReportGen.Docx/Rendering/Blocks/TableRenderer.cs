using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;
using ModelRow = ReportGen.Document.TableRow;
using ModelTable = ReportGen.Document.TableBlock;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>Data tables (timeline, action items…) in the Report Table style: repeating header row, banding, rows
/// that do not split, columns as wide as <see cref="TableColumnWidths"/> says (as in the PDF), toned cells' text as badges (<see cref="RunFormat.BadgeOf"/>), a bookmark
/// on rows that carry an anchor.</summary>
internal sealed class TableRenderer : BlockRenderer<ModelTable>
{
    // Tables up to this many rows move to the next page whole instead of leaving a lone row behind.
    private const int KeepTogetherRows = 12;

    /// <inheritdoc/>
    protected override void Write(DocxContext context, ModelTable block)
    {
        if (block.Columns.Count == 0)
        {
            context.Warn("a table without columns was left out");
            return;
        }
        var widths = ColumnWidths.Compute(block, context.Theme, context.AvailableWidth);
        var table = Tables.Create(StyleIds.ReportTable, widths, headerRow: true, banded: true);
        table.AppendChild(Row(context, block, block.Header, widths, header: true, keepWithNext: true));
        var keep = block.Rows.Count <= KeepTogetherRows;
        var outer = context.CurrentOrigin;
        try
        {
            for (var r = 0; r < block.Rows.Count; r++)
            {
                context.CurrentOrigin = block.Rows[r].Origin ?? outer; // a warning about a cell points at its row's line
                table.AppendChild(Row(context, block, block.Rows[r], widths, header: false, keepWithNext: keep && r < block.Rows.Count - 1));
            }
        }
        finally { context.CurrentOrigin = outer; }
        context.Append(table);
        context.Append(Tables.Spacer(context.Theme.Spacing.Block));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(DocxContext context, ModelTable block, ModelRow row,
        int[] widths, bool header, bool keepWithNext)
    {
        var tableRow = Tables.Row(header);
        for (var i = 0; i < widths.Length; i++)
        {
            var source = i < row.Cells.Count ? row.Cells[i] : new Document.TableCell([]);
            var tone = context.Theme.FindTone(source.Tone);
            var cell = Tables.Cell(widths[i]);
            var paragraph = new Paragraph();
            paragraph.Properties().Justification = Tables.Align(block.Columns[i].Alignment);
            if (keepWithNext)
                paragraph.Properties().KeepNext = new KeepNext();
            var format = tone is null ? default : RunFormat.BadgeOf(tone); // a pill around the text, as in the PDF
            context.WriteMarked(paragraph, source.Inlines, source.Marks, format);
            if (i == 0)
                paragraph.Bookmark(context, context.Anchors.Claim(row.AnchorId));
            cell.AppendChild(paragraph);
            tableRow.AppendChild(cell);
        }
        return tableRow;
    }
}
