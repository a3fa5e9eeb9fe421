using ReportGen.Documents;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>Column widths for a table, as weights of the table width. Hints from the document win; otherwise each
/// column gets at least its longest word and shares the rest in proportion to how much text it holds.</summary>
internal static class TableColumnWidths
{
    public static float[] Compute(TableBlock table, RenderContext context, float totalWidth)
    {
        var columns = table.Columns;
        if (columns.Count > 0 && columns.All(c => c.WidthWeight is > 0))
            return columns.Select(c => (float)c.WidthWeight!.Value).ToArray();

        var styles = context.Styles;
        var basePadding = 2 * styles.CellPaddingX + 2;
        var minimum = new float[columns.Count];
        var natural = new float[columns.Count];
        foreach (var row in table.Rows.Prepend(table.Header))
        {
            var bold = ReferenceEquals(row, table.Header);
            for (var c = 0; c < columns.Count && c < row.Cells.Count; c++)
            {
                var toned = !bold && context.Document.Theme.FindTone(row.Cells[c].Tone) is not null;
                var style = bold || toned ? styles.TableHeaderText : styles.TableText;
                var face = context.Fonts.Get(style.Role);
                var padding = basePadding + (toned ? 10 : 0); // badge padding
                var text = Inlines.PlainText(row.Cells[c].Inlines);
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    minimum[c] = Math.Max(minimum[c], Math.Min(face.Shape(word).Width * style.Size, totalWidth / 3) + padding);
                var width = face.Shape(text).Width * style.Size + padding;
                natural[c] = Math.Max(natural[c], width);
                if (toned && text.Length <= 24)
                    minimum[c] = Math.Max(minimum[c], Math.Min(width, totalWidth / 3)); // a pill should not wrap
            }
        }
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].WidthWeight is > 0)
                natural[c] = minimum[c] = (float)columns[c].WidthWeight!.Value * totalWidth / columns.Count;
        }

        var minSum = minimum.Sum();
        var naturalSum = natural.Sum();
        if (naturalSum <= totalWidth)
            return natural.Select(n => Math.Max(n, 1)).ToArray();
        if (minSum >= totalWidth)
            return minimum.Select(m => Math.Max(m, 1)).ToArray();
        var share = (totalWidth - minSum) / Math.Max(1, naturalSum - minSum);
        return minimum.Select((m, c) => Math.Max(1, m + (natural[c] - m) * share)).ToArray();
    }
}
