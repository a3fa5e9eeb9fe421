using Markdig.Extensions.Tables;
using ReportGen.Document;
using DocTable = ReportGen.Document.TableBlock;
using DocRow = ReportGen.Document.TableRow;
using DocCell = ReportGen.Document.TableCell;

namespace ReportGen.Core.Markdown;

/// <summary>Maps a pipe table: header row, column alignment, cell tones from <c>**x**{.tone-NAME}</c> and row anchors
/// from <c>**x**{#id}</c>. Rows are padded or cut to the header's width.</summary>
internal static class TableMapper
{
    public static DocTable? Map(Table table, InlineMapper inlines, MarkdownProblems problems, AnchorRegistry anchors,
        ValueRuns? values = null)
    {
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            problems.Error(table.Line, table.Column, "a table needs a header row");
            return null;
        }
        var width = rows[0].Count;
        var weights = WidthHints(table, width);
        var columns = Enumerable.Range(0, width).Select(i =>
        {
            var align = i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null;
            return new TableColumn(align switch
            {
                TableColumnAlign.Center => ColumnAlignment.Center,
                TableColumnAlign.Right => ColumnAlignment.Right,
                _ => ColumnAlignment.Left,
            }, weights?[i]);
        }).ToList();
        var header = Row(rows[0], width, inlines, anchors, values) with { Origin = problems.Origin(rows[0]) };
        var body = rows.Skip(1).Select(r => Row(r, width, inlines, anchors, values) with { Origin = problems.Origin(r) }).ToList();
        return new DocTable(columns, header, body);
    }

    /// <summary>Relative widths from the dash counts of the separator row (<c>|:--|:--------|</c>), only when they
    /// differ: equal counts say nothing, so the writer sizes columns by their content.</summary>
    private static double[]? WidthHints(Table table, int width)
    {
        if (table.ColumnDefinitions.Count < width) return null;
        var widths = table.ColumnDefinitions.Take(width).Select(d => (double)d.Width).ToArray();
        if (widths.Any(w => w <= 0) || widths.All(w => Math.Abs(w - widths[0]) < 0.01)) return null;
        return widths.Select(w => Math.Round(w / 100, 4)).ToArray();
    }

    private static DocRow Row(Markdig.Extensions.Tables.TableRow row, int width, InlineMapper inlines, AnchorRegistry anchors,
        ValueRuns? values)
    {
        var cells = new List<DocCell>(width);
        string? anchor = null;
        foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>().Take(width))
        {
            var content = new List<Document.Inline>();
            string? tone = null;
            values?.Reset();
            inlines.Values = values;
            foreach (var para in cell.OfType<Markdig.Syntax.ParagraphBlock>())
            {
                content.AddRange(inlines.Map(para.Inline, inTableCell: true));
                tone ??= inlines.LastTone;
                anchor ??= inlines.LastId;
            }
            inlines.Values = null;
            // A cell is one line: a value there is inline, whatever helper wrote it.
            IReadOnlyList<ValueMark> marks = values is null ? [] : Marks(values, content);
            cells.Add(new DocCell(content, tone) { Marks = marks });
        }
        while (cells.Count < width) cells.Add(new DocCell([]));
        return new DocRow(cells, anchor is null ? null : anchors.Claim(anchor));
    }

    /// <summary>The values a cell shows, as marks (a value filling the cell whole too).</summary>
    internal static IReadOnlyList<ValueMark> Marks(ValueRuns values, IReadOnlyList<Document.Inline> content)
    {
        var length = Inlines.PlainLength(content);
        var (marks, whole) = values.Take(length);
        return whole is null ? marks : [new ValueMark(whole, 0, length)];
    }
}
