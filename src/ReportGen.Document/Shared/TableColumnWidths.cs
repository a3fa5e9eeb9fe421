namespace ReportGen.Document;

/// <summary>Column widths of a table, decided once for every writer: hints from the document win; otherwise every
/// column gets at least its longest word (up to a third of the table) and the rest of the width is shared in
/// proportion to how much text each column holds. Text is measured with <see cref="TextWidthEstimate"/> at the
/// table text size, for a table as wide as the theme's text width (wherever it is placed, even inside a callout), so
/// both outputs give the same relative widths.</summary>
public static class TableColumnWidths
{
    /// <summary>Horizontal padding of a table cell on each side, in points (both writers' cell margins).</summary>
    public const double CellPadding = 5;

    /// <summary>Extra width a toned cell's badge takes beyond its text.</summary>
    private const double BadgePadding = 10;

    /// <summary>Toned cells this short stay on one line (a badge should not wrap).</summary>
    private const int ShortBadge = 24;

    /// <summary>The table text size of a theme: a little above its small size.</summary>
    public static double TextSize(Theme theme) => theme.Sizes.Small + 0.5;

    /// <summary>Width of each column in points for a table as wide as the theme's text width. Writers use the values as
    /// weights over the width they have: they add up to the text width except when the columns' minimums alone are
    /// wider.</summary>
    public static double[] Compute(TableBlock table, Theme theme)
    {
        var totalWidth = theme.TextWidth;
        var columns = table.Columns;
        if (columns.Count == 0)
            return [];
        if (columns.Any(c => c.WidthWeight is > 0))
            return FromHints(columns, totalWidth);

        var size = TextSize(theme);
        var padding = 2 * CellPadding + 2;
        var minimum = new double[columns.Count];
        var natural = new double[columns.Count];
        for (var r = -1; r < table.Rows.Count; r++)
        {
            var header = r < 0;
            var row = header ? table.Header : table.Rows[r];
            for (var c = 0; c < columns.Count && c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var toned = !header && theme.FindTone(cell.Tone) is not null;
                var pad = padding + (toned ? BadgePadding : 0);
                var measure = InlineMeasure.Of(cell.Inlines, bold: header || toned);
                var width = measure.Total * size + pad;
                natural[c] = Math.Max(natural[c], width);
                minimum[c] = Math.Max(minimum[c], Math.Min(measure.LongestWord * size, totalWidth / 3) + pad);
                if (toned && measure.Characters <= ShortBadge)
                    minimum[c] = Math.Max(minimum[c], Math.Min(width, totalWidth / 3));
            }
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

    /// <summary>Hinted columns keep their share; a column without a hint gets the average of the hints.</summary>
    private static double[] FromHints(IReadOnlyList<TableColumn> columns, double totalWidth)
    {
        var given = columns.Where(c => c.WidthWeight is > 0).Select(c => c.WidthWeight!.Value).ToList();
        var fallback = given.Average();
        var weights = columns.Select(c => c.WidthWeight is > 0 ? c.WidthWeight.Value : fallback).ToArray();
        var sum = weights.Sum();
        return weights.Select(w => w / sum * totalWidth).ToArray();
    }
}
