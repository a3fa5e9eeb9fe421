namespace ReportGen.Document;

/// <summary>What the generated trend figure needs: one column per week or month with its counts per series, stacked
/// from the bottom in series order, and every label already written out (writers format nothing).</summary>
/// <param name="Series">The stacked series in drawing order, bottom first (critical … low).</param>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="CategoryTitle">Title of the horizontal axis (<c>Month</c>, <c>Week starting</c>).</param>
/// <param name="ValueTitle">Title of the vertical axis (<c>Incidents</c>).</param>
public sealed record TrendChart(IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartColumn> Columns, string CategoryTitle, string ValueTitle)
{
    /// <summary>The tallest column's total.</summary>
    public int MaxTotal => Columns.Count == 0 ? 0 : Columns.Max(c => c.Total);
}

/// <summary>One stacked series: its name in the legend and the theme tone whose fill colours it.</summary>
/// <param name="Name">Legend text (<c>Critical</c>).</param>
/// <param name="Tone">Theme tone name (<c>severity-critical</c>).</param>
public sealed record ChartSeries(string Name, string Tone);

/// <summary>One column: its label under the axis, an optional group label below it (the year, where it starts or
/// changes) and one value per series.</summary>
/// <param name="Label">Axis label (<c>Mar</c>, <c>16 Mar</c>).</param>
/// <param name="GroupLabel">Second-row label (<c>2026</c>), or null.</param>
/// <param name="Values">One count per series, in series order.</param>
public sealed record ChartColumn(string Label, string? GroupLabel, IReadOnlyList<int> Values)
{
    /// <summary>The column's total.</summary>
    public int Total => Values.Sum();
}

/// <summary>The generated trend figure of a review: incidents per week or month, stacked by severity, drawn by each
/// writer from <see cref="Chart"/> (vectors in the PDF, a picture in the .docx, like the timeline figure).</summary>
public sealed record TrendFigureBlock(TrendChart Chart, string Caption, string AltText) : Block;
