namespace ReportGen.Pdf.Figures;

/// <summary>Places entry labels in rows above the markers, earliest first, each in the lowest row where it overlaps
/// no other label and no leader line of a label above it. A label that fits nowhere is omitted (and counted), so a
/// dense night of 120 entries still reads cleanly instead of colliding.</summary>
internal static class LabelPlacer
{
    internal sealed record Placed(string Text, string Kind, int Row, double Left, double Width, double MarkerX);

    internal sealed record Result(IReadOnlyList<Placed> Labels, int RowsUsed, int Omitted);

    public static Result Place(IReadOnlyList<(double X, string Kind, string Text)> entries, double width,
        Func<string, double, double> measure, TimelineStyle style)
    {
        var placed = new List<Placed>();
        var omitted = 0;
        foreach (var (x, kind, text) in entries)
        {
            var w = measure(text, style.LabelFontSize) + 4;
            if (w > width) { omitted++; continue; }
            // Centre on the marker, but keep inside the figure; a label hugging an edge grows inwards.
            var left = Math.Clamp(x - w / 2, 0, width - w);
            var row = FirstFreeRow(placed, left, w, x, style);
            if (row < 0) { omitted++; continue; }
            placed.Add(new Placed(text, kind, row, left, w, x));
        }
        var rows = placed.Count == 0 ? 0 : placed.Max(p => p.Row) + 1;
        return new Result(placed, rows, omitted);
    }

    private static int FirstFreeRow(List<Placed> placed, double left, double w, double markerX, TimelineStyle style)
    {
        for (var row = 0; row < style.MaxLabelRows; row++)
        {
            var fits = true;
            foreach (var p in placed)
            {
                // Same row: boxes (with a gap) must not touch.
                if (p.Row == row && left < p.Left + p.Width + style.LabelGap && p.Left < left + w + style.LabelGap)
                    fits = false;
                // A label in a higher row sends its leader down through this row: do not sit on it.
                else if (p.Row > row && p.MarkerX > left - 1 && p.MarkerX < left + w + 1)
                    fits = false;
                // This label's leader would run down through a lower row's label.
                else if (p.Row < row && markerX > p.Left - 1 && markerX < p.Left + p.Width + 1)
                    fits = false;
                if (!fits) break;
            }
            if (fits) return row;
        }
        return -1;
    }
}
