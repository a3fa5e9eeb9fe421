namespace ReportGen.Pdf.Figures;

/// <summary>A piece of text placed in the trend figure: its box (top-left origin) and baseline.</summary>
internal sealed record PlacedText(string Text, FigureRect Box, double Baseline, double Size, bool Bold = false);

/// <summary>One stacked segment of a column, coloured by its series.</summary>
internal sealed record BarSegment(int Series, FigureRect Box);

/// <summary>A horizontal gridline at a value, with its label left of the axis.</summary>
internal sealed record ValueTick(int Value, double Y, PlacedText Label);

/// <summary>A legend entry: the swatch and its text.</summary>
internal sealed record LegendEntry(int Series, FigureRect Swatch, PlacedText Text);

/// <summary>Everything needed to draw the trend figure, computed without a drawing backend so tests can check that
/// nothing overlaps or leaves the box, and drawn the same way in the PDF and the PNG.</summary>
internal sealed record TrendGeometry(
    double Width,
    double Height,
    FigureRect Plot,
    IReadOnlyList<LegendEntry> Legend,
    IReadOnlyList<ValueTick> ValueTicks,
    IReadOnlyList<BarSegment> Segments,
    IReadOnlyList<PlacedText> ColumnLabels,
    IReadOnlyList<PlacedText> GroupLabels,
    IReadOnlyList<PlacedText> Totals,
    PlacedText CategoryTitle,
    PlacedText ValueTitle,
    PlacedText? EmptyNote)
{
    /// <summary>Every text of the figure but the rotated value-axis title.</summary>
    public IEnumerable<PlacedText> Texts => Legend.Select(l => l.Text).Concat(ValueTicks.Select(t => t.Label)).Concat(ColumnLabels)
        .Concat(GroupLabels).Concat(Totals).Append(CategoryTitle).Concat(EmptyNote is null ? [] : [EmptyNote]);
}
