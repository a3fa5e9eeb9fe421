using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The sign-off table: the layout's column labels in a header row, then one row per signer tall enough to sign
/// in, text at the bottom of its cell; column shares from <see cref="SignOffColumn.WidthWeight"/>, as in the PDF. A signer
/// with a signature field gets a Word signature line in a tinted Signature cell (see <see cref="SignatureLine"/>).</summary>
internal sealed class SignOffRenderer : BlockRenderer<SignOffBlock>
{
    private const int SignatureRowHeight = 620; // twips: about 1.1 cm, room for a handwritten signature

    /// <summary>Height of a signature line picture in points: room to sign above the line, name and title below.</summary>
    private const double SignatureLineHeight = 48;

    /// <summary>The report table style's left and right cell margins together, in points (100 twips each).</summary>
    private const double CellMarginsPoints = 10;

    /// <inheritdoc/>
    protected override void Write(DocxContext context, SignOffBlock block)
    {
        var columns = block.Columns;
        var total = Units.Twips(context.AvailableWidth);
        var weights = columns.Sum(c => c.WidthWeight);
        var widths = columns.Select(c => (int)(total * c.WidthWeight / weights)).ToArray();
        widths[^1] += total - widths.Sum();
        var table = Tables.Create(StyleIds.ReportTable, widths, headerRow: true, banded: false);
        table.AppendChild(Row(context, block, null, widths, columns.Select(c => c.Label).ToList(), keepNext: true));
        for (var i = 0; i < block.Entries.Count; i++)
        {
            var texts = columns.Select(c => c.TextOf(block.Entries[i])).ToList();
            table.AppendChild(Row(context, block, block.Entries[i], widths, texts, keepNext: i < block.Entries.Count - 1));
        }
        context.Append(table);
        context.Append(Tables.Spacer(context.Theme.Spacing.Block));
    }

    /// <summary>A row: the header (no <paramref name="entry"/>) or a signer's, whose Signature cell holds a Word signature
    /// line when the signer has a signature field.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(DocxContext context, SignOffBlock block, SignOffEntry? entry,
        int[] widths, IReadOnlyList<string> texts, bool keepNext)
    {
        var header = entry is null;
        var row = Tables.Row(header, header ? null : SignatureRowHeight);
        for (var i = 0; i < widths.Length; i++)
        {
            var signable = entry?.SignatureField is not null && block.Columns[i].Field == SignOffField.Signature;
            var cell = Tables.Cell(widths[i], signable ? new Tone(context.Theme.Colors.SignatureField, context.Theme.Colors.Text) : null);
            if (!header)
                cell.TableCellProperties!.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });
            var paragraph = new Paragraph();
            if (keepNext)
                paragraph.Properties().KeepNext = new KeepNext(); // the table stays on one page, as in the PDF
            if (signable && SignatureLine.Create(context, entry!, widths[i] / 20.0 - CellMarginsPoints, SignatureLineHeight) is { } line)
                paragraph.AppendChild(line);
            else
                context.Inlines.AppendRun(paragraph, texts[i], default);
            cell.AppendChild(paragraph);
            row.AppendChild(cell);
        }
        return row;
    }
}
