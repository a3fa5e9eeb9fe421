using ReportGen.Document;

namespace ReportGen.Docx.Rendering;

/// <summary>A table's column widths in twips: <see cref="TableColumnWidths"/>'s decision (the PDF's too), spread over
/// the width available so they add up exactly.</summary>
internal static class ColumnWidths
{
    /// <summary>Widths in twips that add up to exactly the available width.</summary>
    public static int[] Compute(TableBlock table, Theme theme, double availableWidth)
    {
        var total = Units.Twips(availableWidth);
        var weights = TableColumnWidths.Compute(table, theme);
        if (weights.Length == 0)
            return [];
        var sum = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(total * (sum > 0 ? w / sum : 1.0 / weights.Length))).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }
}
