using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The key figures strip: a borderless table of equal cells in the Key Figures table style, each a small label
/// over a large value, in rows as <see cref="KeyFigureRows"/> splits them (the theme's number per row, as the PDF).</summary>
internal sealed class KeyFiguresRenderer : BlockRenderer<KeyFiguresBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, KeyFiguresBlock block)
    {
        var perRow = context.Theme.KeyFiguresPerRow;
        var columns = KeyFigureRows.Columns(block.Figures.Count, perRow);
        if (columns == 0)
            return;
        var total = Units.Twips(context.AvailableWidth);
        var widths = Enumerable.Repeat(total / columns, columns).ToArray();
        widths[^1] += total - widths.Sum();
        var table = Tables.Create(StyleIds.KeyFiguresTable, widths, headerRow: false, banded: false);
        foreach (var chunk in KeyFigureRows.Split(block.Figures, perRow))
        {
            var row = Tables.Row();
            for (var i = 0; i < columns; i++)
                row.AppendChild(i < chunk.Length ? Cell(context, chunk[i], widths[i]) : EmptyCell(widths[i]));
            table.AppendChild(row);
        }
        context.Append(table);
        context.Append(Tables.Spacer(context.Theme.Spacing.Block));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableCell Cell(DocxContext context, KeyFigure figure, int width)
    {
        var tone = context.Theme.FindTone(figure.Tone);
        var cell = Tables.Cell(width, tone);
        var format = tone is null ? default : new RunFormat(ColorHex: tone.Text.Hex);
        var label = Paragraphs.Styled(StyleIds.KeyFigureLabel);
        context.Inlines.AppendRun(label, figure.Label, format);
        var value = Paragraphs.Styled(StyleIds.KeyFigureValue);
        var valueFormat = KeyFigureRows.IsLong(figure)
            ? format with { SizeHalfPoints = Units.HalfPoints(context.Theme.Sizes.Body + 1) }
            : format;
        context.Inlines.AppendRun(value, figure.Value, valueFormat);
        cell.Append(label, value);
        return cell;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableCell EmptyCell(int width)
    {
        var cell = Tables.Cell(width);
        cell.AppendChild(new Paragraph());
        return cell;
    }
}
