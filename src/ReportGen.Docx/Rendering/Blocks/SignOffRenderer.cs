using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The sign-off table: the layout's column labels in a header row, then one row per signer tall enough to sign
/// in, text at the bottom of its cell; column shares from <see cref="SignOffColumn.WidthWeight"/>, as in the PDF.</summary>
internal sealed class SignOffRenderer : BlockRenderer<SignOffBlock>
{
    private const int SignatureRowHeight = 620; // twips: about 1.1 cm, room for a handwritten signature

    /// <inheritdoc/>
    protected override void Write(DocxContext context, SignOffBlock block)
    {
        var columns = block.Columns;
        var total = Units.Twips(context.AvailableWidth);
        var weights = columns.Sum(c => c.WidthWeight);
        var widths = columns.Select(c => (int)(total * c.WidthWeight / weights)).ToArray();
        widths[^1] += total - widths.Sum();
        var table = Tables.Create(StyleIds.ReportTable, widths, headerRow: true, banded: false);
        table.AppendChild(Row(context, widths, columns.Select(c => c.Label).ToList(), header: true, keepNext: true));
        for (var i = 0; i < block.Entries.Count; i++)
        {
            var texts = columns.Select(c => c.TextOf(block.Entries[i])).ToList();
            table.AppendChild(Row(context, widths, texts, header: false, keepNext: i < block.Entries.Count - 1));
        }
        context.Append(table);
        context.Append(Tables.Spacer(context.Theme.Spacing.Block));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(DocxContext context, int[] widths, IReadOnlyList<string> texts, bool header,
        bool keepNext)
    {
        var row = Tables.Row(header, header ? null : SignatureRowHeight);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = Tables.Cell(widths[i]);
            if (!header)
                cell.TableCellProperties!.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });
            var paragraph = new Paragraph();
            if (keepNext)
                paragraph.Properties().KeepNext = new KeepNext(); // the table stays on one page, as in the PDF
            context.Inlines.AppendRun(paragraph, texts[i], default);
            cell.AppendChild(paragraph);
            row.AppendChild(cell);
        }
        return row;
    }
}
