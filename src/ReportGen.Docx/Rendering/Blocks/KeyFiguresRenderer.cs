using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The key figures strip: a borderless row of equal cells, each a large value over a small label, in the
/// Key Figures table style; at most five to a row (so values stay on one line), rows balanced (six make 3 + 3).</summary>
internal sealed class KeyFiguresRenderer : BlockRenderer<KeyFiguresBlock>
{
    private const int PerRow = 5;
    private const int LongValue = 16; // characters; a longer value ("about 48,000 users") is set smaller so it fits

    /// <inheritdoc/>
    protected override void Write(DocxContext context, KeyFiguresBlock block)
    {
        if (block.Figures.Count == 0)
            return;
        var rows = (block.Figures.Count + PerRow - 1) / PerRow;
        var columns = (block.Figures.Count + rows - 1) / rows;
        var total = Units.Twips(context.AvailableWidth);
        var widths = Enumerable.Repeat(total / columns, columns).ToArray();
        widths[^1] += total - widths.Sum();
        var table = Tables.Create(StyleIds.KeyFiguresTable, widths, headerRow: false, banded: false);
        foreach (var chunk in block.Figures.Chunk(columns))
        {
            var row = Tables.Row();
            for (var i = 0; i < columns; i++)
                row.AppendChild(i < chunk.Length ? Cell(context, chunk[i], widths[i]) : EmptyCell(widths[i]));
            table.AppendChild(row);
        }
        context.Append(table);
        context.Append(Tables.Spacer());
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableCell Cell(DocxContext context, KeyFigure figure, int width)
    {
        var tone = context.Theme.FindTone(figure.Tone);
        var cell = Tables.Cell(width, tone);
        var format = tone is null ? default : new RunFormat(ColorHex: tone.Text.Hex);
        var value = Paragraphs.Styled(StyleIds.KeyFigureValue);
        var valueFormat = figure.Value.Length > LongValue
            ? format with { SizeHalfPoints = Units.HalfPoints(context.Theme.Sizes.Body + 1) }
            : format;
        context.Inlines.AppendRun(value, figure.Value, valueFormat);
        var label = Paragraphs.Styled(StyleIds.KeyFigureLabel);
        context.Inlines.AppendRun(label, figure.Label, format);
        cell.Append(value, label);
        return cell;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableCell EmptyCell(int width)
    {
        var cell = Tables.Cell(width);
        cell.AppendChild(new Paragraph());
        return cell;
    }
}
