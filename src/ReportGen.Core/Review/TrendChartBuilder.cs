using ReportGen.Core.Model;
using ReportGen.Document;

namespace ReportGen.Core.Review;

/// <summary>Builds the data of the generated <c>figure:trend</c> picture from a portfolio's trend buckets: one column
/// per week or month, stacked by severity (critical at the bottom) in the theme's severity tones.</summary>
internal static class TrendChartBuilder
{
    /// <summary>The chart, or null when the review has no period (no dates at all).</summary>
    public static TrendChart? Build(Portfolio portfolio)
    {
        if (portfolio.Period is not { } period || portfolio.Trend.Count == 0) return null;
        var series = Enum.GetValues<Severity>()
            .Select(s => new ChartSeries(s.ToString(), "severity-" + s.ToString().ToLowerInvariant())).ToList();
        var columns = portfolio.Trend.Select(b => new ChartColumn(b.Label, b.YearLabel, b.Counts)).ToList();
        var unit = TrendSeries.UnitFor(period.Days) == TrendUnit.Month ? "Month" : "Week starting";
        return new TrendChart(series, columns, unit, "Incidents");
    }
}
