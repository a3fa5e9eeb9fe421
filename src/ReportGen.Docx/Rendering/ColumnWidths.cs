using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Column widths that fit the content: short columns (ids, dates, priorities) stay narrow, text columns
/// take the rest. Explicit <see cref="TableColumn.WidthWeight"/> hints win when the layout gives them.</summary>
internal static class ColumnWidths
{
    private const int MaxNatural = 90;  // characters: beyond this a cell wraps anyway
    private const int MaxWord = 24;     // a longer word (URL, hash) may break rather than widen its column
    private const int Padding = 3;      // characters' worth of cell margins

    /// <summary>Widths in twips that add up to exactly <paramref name="totalTwips"/>.</summary>
    public static int[] Compute(TableBlock table, int totalTwips)
    {
        var count = table.Columns.Count;
        if (count == 0)
            return [];
        var weights = table.Columns.Any(c => c.WidthWeight is > 0) ? FromHints(table.Columns) : FromContent(table, count);
        return Distribute(weights, totalTwips);
    }

    private static double[] FromHints(IReadOnlyList<TableColumn> columns)
    {
        var given = columns.Where(c => c.WidthWeight is > 0).Select(c => c.WidthWeight!.Value).ToList();
        var fallback = given.Average();
        return columns.Select(c => c.WidthWeight is > 0 ? c.WidthWeight.Value : fallback).ToArray();
    }

    private static double[] FromContent(TableBlock table, int count)
    {
        var natural = new double[count];
        var minimum = new double[count];
        foreach (var row in table.Rows.Prepend(table.Header))
        {
            for (var i = 0; i < count && i < row.Cells.Count; i++)
            {
                var text = Inlines.PlainText(row.Cells[i].Inlines);
                natural[i] = Math.Max(natural[i], Math.Min(text.Length, MaxNatural) + Padding);
                var longestWord = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                minimum[i] = Math.Max(minimum[i], Math.Min(longestWord, MaxWord) + Padding);
            }
        }
        // Roughly how many characters of table text fit across the page: about 95 at the usual sizes.
        const double available = 95;
        if (natural.Sum() <= available)
            return natural;
        var spare = Math.Max(0, available - minimum.Sum());
        var stretch = natural.Zip(minimum, (n, m) => Math.Max(0, n - m)).ToArray();
        var stretchSum = stretch.Sum();
        return minimum.Select((m, i) => m + (stretchSum > 0 ? spare * stretch[i] / stretchSum : 0)).ToArray();
    }

    private static int[] Distribute(double[] weights, int total)
    {
        var sum = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(total * (sum > 0 ? w / sum : 1.0 / weights.Length))).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }
}
