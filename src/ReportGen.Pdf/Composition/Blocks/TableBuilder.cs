using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A table: tinted header row (repeated on every page), banded body rows with hairline rules, cells with a
/// palette tone drawn as pills, row anchors as link targets. Column widths are <see cref="TableColumnWidths"/>'s, the
/// same as the .docx's. Rows and cells are tagged with their place in the table.</summary>
internal static class TableBuilder
{
    public static Element Build(TableBlock table, RenderContext context)
    {
        var styles = context.Styles;
        var weights = TableColumnWidths.Compute(table, context.Document.Theme);
        var header = new BoxElement(Row(table, table.Header, 0, weights, styles.TableHeaderText, context, header: true),
            new BoxStyle { Fill = styles.Colors.TableHeader, BottomRule = styles.Colors.Muted, BottomRuleWidth = 0.75f });
        var rows = new List<Element>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var outer = context.CurrentOrigin;
            context.CurrentOrigin = row.Origin ?? outer; // a warning about a cell points at its row's line
            Element element;
            try { element = Row(table, row, i + 1, weights, styles.TableText, context, header: false); }
            finally { context.CurrentOrigin = outer; }
            element = new BoxElement(element,
                new BoxStyle
                {
                    Fill = i % 2 == 1 ? styles.Colors.TableBand : null,
                    BottomRule = styles.Colors.Rule,
                });
            if (!string.IsNullOrEmpty(row.AnchorId))
                element = new AnchorElement(element, row.AnchorId, null, 0);
            rows.Add(element);
        }
        // A table starting at a page bottom with its header and a single row reads badly: start it where at least
        // three rows' worth of space is left (or where it fits whole).
        var minimum = (styles.TableText.Size * styles.TightText.LineSpacing + 2 * styles.CellPaddingY) * 4;
        return new EnsureSpaceElement(new TableElement(header, rows), minimum);
    }

    private static Element Row(TableBlock table, TableRow row, int index, double[] weights, TextStyle style,
        RenderContext context, bool header)
    {
        var styles = context.Styles;
        var cells = new List<RowItem>(table.Columns.Count);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : new TableCell([]);
            var alignment = table.Columns[c].Alignment;
            var tone = header ? null : context.Document.Theme.FindTone(cell.Tone);
            Element content;
            if (tone is not null)
            {
                var text = context.Text(cell.Inlines, style with { Role = FontRole.Bold, Color = tone.Text },
                    styles.TightText);
                content = new BadgeElement(text, tone.Fill, 4, 1);
            }
            else
            {
                content = context.Text(cell.Inlines, style, styles.TightText, alignment);
            }
            content = new PaddingElement(content, styles.CellPaddingX, styles.CellPaddingY, styles.CellPaddingX, styles.CellPaddingY);
            cells.Add(new RowItem(Tag(content, StructureRole.TableCell, table, index, c), Weight: (float)weights[c]));
        }
        return Tag(new RowElement(cells), StructureRole.TableRow, table, index, -1);
    }

    /// <summary>Tags a row or cell of a table (or of the sign-off table) with its place.</summary>
    public static Element Tag(Element element, StructureRole role, Block owner, int row, int column, int columnSpan = 1) =>
        new StructureElement(element, new StructureTag(role, owner, row, column) { ColumnSpan = columnSpan });
}
