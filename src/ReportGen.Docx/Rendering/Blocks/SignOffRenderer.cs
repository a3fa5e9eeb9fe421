using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The sign-off table: the layout's column labels in a header row, then one row per signer tall enough to sign
/// in, text at the bottom of its cell; column shares from <see cref="SignOffColumn.WidthWeight"/>, as in the PDF. A
/// decision is a badge in its theme tone (<see cref="RunFormat.BadgeOf"/>); a signer with a signature field gets a Word
/// signature line in a tinted Signature cell (see <see cref="SignatureLine"/>); a comment is a row of its own under the
/// signer's, across the table.</summary>
internal sealed class SignOffRenderer : BlockRenderer<SignOffBlock>
{
    private const int SignatureRowHeight = 620; // twips: about 1.1 cm, room for a handwritten signature

    /// <summary>Height of a signature line picture in points: room to sign above the line, name and title below (as
    /// tall as the PDF's signature field).</summary>
    private const double SignatureLineHeight = 44;

    /// <summary>The report table style's left and right cell margins together, in points (100 twips each).</summary>
    private const double CellMarginsPoints = 10;

    /// <inheritdoc/>
    protected override void Write(DocxContext context, SignOffBlock block)
    {
        var columns = block.Cells;
        var total = Units.Twips(context.AvailableWidth);
        var weights = columns.Sum(c => c.WidthWeight);
        var widths = columns.Select(c => (int)(total * c.WidthWeight / weights)).ToArray();
        widths[^1] += total - widths.Sum();
        var table = Tables.Create(StyleIds.ReportTable, widths, headerRow: true, banded: false);
        table.AppendChild(Row(context, columns, null, widths, columns.Select(c => c.Label).ToList(), keepNext: true));
        for (var i = 0; i < block.Entries.Count; i++)
        {
            var entry = block.Entries[i];
            var last = i == block.Entries.Count - 1;
            var comment = block.ShowsComments && entry.Comment.Count > 0;
            var texts = columns.Select(c => c.TextOf(entry)).ToList();
            var row = Row(context, columns, entry, widths, texts, keepNext: !last || comment);
            if (comment) // the comment belongs to this row: no rule between them (Word and LibreOffice need it off on both sides)
                foreach (var cell in row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>())
                    cell.TableCellProperties!.TableCellWidth!.InsertAfterSelf(new TableCellBorders(new BottomBorder { Val = BorderValues.Nil }));
            table.AppendChild(row);
            if (comment)
                table.AppendChild(Comment(context, block, entry, total, keepNext: !last));
        }
        context.Append(table);
        context.Append(Tables.Spacer(context.Theme.Spacing.Block));
    }

    /// <summary>A row: the header (no <paramref name="entry"/>) or a signer's.</summary>
    private static WordRow Row(DocxContext context, IReadOnlyList<SignOffColumn> columns, SignOffEntry? entry, int[] widths,
        IReadOnlyList<string> texts, bool keepNext)
    {
        var header = entry is null;
        var row = Tables.Row(header, header ? null : SignatureRowHeight);
        for (var i = 0; i < widths.Length; i++)
        {
            var signable = entry?.SignatureField is not null && columns[i].Field == SignOffField.Signature;
            var tone = entry is not null && columns[i].Field == SignOffField.Decision ? context.Theme.FindTone(entry.DecisionTone) : null;
            var cell = Tables.Cell(widths[i], signable ? new Tone(context.Theme.Colors.SignatureField, context.Theme.Colors.Text) : null);
            if (!header)
                cell.TableCellProperties!.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });
            var paragraph = new Paragraph();
            if (keepNext)
                paragraph.Properties().KeepNext = new KeepNext(); // the table stays on one page, as in the PDF
            if (signable && SignatureLine.Create(context, entry!, widths[i] / 20.0 - CellMarginsPoints, SignatureLineHeight) is { } line)
                paragraph.AppendChild(line);
            else
                context.WriteMarked(paragraph, texts[i], entry?.ValueOf(columns[i].Field),
                    tone is null ? default : RunFormat.BadgeOf(tone)); // a pill, as in the PDF
            cell.AppendChild(paragraph);
            row.AppendChild(cell);
        }
        return row;
    }

    /// <summary>The signer's comment under the signer's row: one cell across every column, "Comment: …" (the layout's
    /// label), with no rule between it and the row it belongs to.</summary>
    private static WordRow Comment(DocxContext context, SignOffBlock block, SignOffEntry entry, int width, bool keepNext)
    {
        var row = Tables.Row();
        var cell = Tables.Cell(width);
        cell.TableCellProperties!.AppendChild(new GridSpan { Val = block.Cells.Count });
        cell.TableCellProperties!.AppendChild(new TableCellBorders(new TopBorder { Val = BorderValues.Nil }));
        var paragraph = new Paragraph();
        if (keepNext)
            paragraph.Properties().KeepNext = new KeepNext();
        context.Inlines.AppendRun(paragraph, block.Columns.First(c => c.Field == SignOffField.Comment).Label + ": ", new RunFormat(Italic: true));
        context.WriteMarked(paragraph, entry.Comment, entry.CommentMarks);
        cell.AppendChild(paragraph);
        row.AppendChild(cell);
        return row;
    }
}
