using Markdig.Extensions.Tables;
using ReportGen.Document;
using DocTable = ReportGen.Document.TableBlock;
using DocRow = ReportGen.Document.TableRow;
using DocCell = ReportGen.Document.TableCell;

namespace ReportGen.Core.Markdown;

/// <summary>Maps a pipe table: header row, column alignment, cell tones from <c>**x**{.tone-NAME}</c> and row anchors
/// from <c>**x**{#id}</c>. Markdig makes every row as wide as the widest, padding the header too: a row with more cells
/// than its header (a layout that writes one cell too many, or a value with an unescaped <c>|</c>) keeps its text, under
/// blank headings, and gets a warning where that row was written.</summary>
internal static class TableMapper
{
    public static DocTable? Map(Table table, InlineMapper inlines, MarkdownProblems problems, AnchorRegistry anchors,
        ValueRuns? values = null)
    {
        var rows = new List<Markdig.Extensions.Tables.TableRow>(table.Count);
        foreach (var child in table)
            if (child is Markdig.Extensions.Tables.TableRow tableRow) rows.Add(tableRow);
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            problems.Error(table.Line, table.Column, "a table needs a header row");
            return null;
        }
        var width = rows[0].Count;
        var weights = WidthHints(table, width);
        var columns = new List<TableColumn>(width);
        for (var i = 0; i < width; i++)
        {
            var align = i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null;
            columns.Add(new TableColumn(align switch
            {
                TableColumnAlign.Center => ColumnAlignment.Center,
                TableColumnAlign.Right => ColumnAlignment.Right,
                _ => ColumnAlignment.Left,
            }, weights?[i]));
        }
        WarnOfCellsPastTheHeader(rows, problems);
        var header = Row(rows[0], width, inlines, anchors, values, problems.Origin(rows[0]));
        var body = new List<DocRow>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++) body.Add(Row(rows[i], width, inlines, anchors, values, problems.Origin(rows[i])));
        return new DocTable(columns, header, body);
    }

    /// <summary>One warning per table whose rows write more cells than its header, at the first cell past the header
    /// (Markdig pads the header with cells that span nothing, so the written ones are counted).</summary>
    private static void WarnOfCellsPastTheHeader(List<Markdig.Extensions.Tables.TableRow> rows, MarkdownProblems problems)
    {
        static int Written(Markdig.Extensions.Tables.TableRow row)
        {
            var written = 0;
            for (var i = 0; i < row.Count; i++)
                if (row[i].Span.End >= row[i].Span.Start) written++;
            return written;
        }
        var headerWidth = Written(rows[0]);
        Markdig.Extensions.Tables.TableRow? first = null;
        var wider = 0;
        for (var i = 1; i < rows.Count; i++)
        {
            if (Written(rows[i]) <= headerWidth) continue;
            first ??= rows[i];
            wider++;
        }
        if (first is null)
            return;
        var extra = first[headerWidth];
        var rowsSaid = wider == 1 ? "a row of this table writes" : $"{wider} rows of this table write";
        problems.Warning(extra.Line, extra.Column, // where the cell starts, just after its '|'
            $"{rowsSaid} more cells than its header's {headerWidth} (this one {Written(first)}): " +
            "the extra cells are shown under blank headings; give the header a cell for each column, or write values into " +
            "cells with md.cell (it escapes '|')");
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
        ValueRuns? values, SourceReference? origin)
    {
        var cells = new List<DocCell>(width);
        string? anchor = null;
        for (var c = 0; c < row.Count && cells.Count < width; c++)
        {
            if (row[c] is not Markdig.Extensions.Tables.TableCell cell) continue;
            var content = new List<Document.Inline>();
            string? tone = null;
            values?.Reset();
            inlines.Values = values;
            for (var p = 0; p < cell.Count; p++)
            {
                if (cell[p] is not Markdig.Syntax.ParagraphBlock para) continue;
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
        return new DocRow(cells, anchor is null ? null : anchors.Claim(anchor)) { Origin = origin };
    }

    /// <summary>The values a cell shows, as marks (a value filling the cell whole too).</summary>
    internal static IReadOnlyList<ValueMark> Marks(ValueRuns values, IReadOnlyList<Document.Inline> content)
    {
        var length = Inlines.PlainLength(content);
        var (marks, whole) = values.Take(length);
        return whole is null ? marks : [new ValueMark(whole, 0, length)];
    }
}
