using System.Globalization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>How a trend is bucketed.</summary>
public enum TrendUnit
{
    /// <summary>Calendar weeks, Monday to Sunday (periods under ten weeks).</summary>
    Week,
    /// <summary>Calendar months.</summary>
    Month,
}

/// <summary>One bar of the trend: a week or month, its labels and the incidents that started in it, per severity.</summary>
/// <param name="Start">First day of the bucket (inclusive; may lie before the period for the first one).</param>
/// <param name="End">Last day of the bucket (inclusive).</param>
/// <param name="Label">Short axis label: <c>Mar</c> for a month, <c>16 Mar</c> for the week starting that Monday.</param>
/// <param name="YearLabel">The year, on the first bucket and wherever a new year starts; null elsewhere.</param>
/// <param name="Counts">Incidents per severity, indexed by <see cref="Severity"/> (critical first).</param>
public sealed record TrendBucket(DateOnly Start, DateOnly End, string Label, string? YearLabel, IReadOnlyList<int> Counts)
{
    /// <summary>All incidents in the bucket.</summary>
    public int Total => Counts.Sum();
}

/// <summary>Incidents per month (or per week for periods under ten weeks), stacked by severity, with every bucket of the
/// period present even when empty.</summary>
public static class TrendSeries
{
    /// <summary>Periods shorter than this many days are bucketed by week.</summary>
    public const int WeeklyBelowDays = 70;

    /// <summary>The unit for a period of <paramref name="days"/>.</summary>
    public static TrendUnit UnitFor(int days) => days < WeeklyBelowDays ? TrendUnit.Week : TrendUnit.Month;

    /// <summary>The buckets covering <paramref name="period"/>, counting <paramref name="incidents"/> (all in the period).</summary>
    public static IReadOnlyList<TrendBucket> Build(ReviewPeriod period, IEnumerable<ReviewIncident> incidents)
    {
        var unit = UnitFor(period.Days);
        var starts = new List<DateOnly>();
        for (var s = BucketStart(period.From, unit); s <= period.To && s.Year < 9999; s = Next(s, unit))
            starts.Add(s);
        var counts = starts.Select(_ => new int[Enum.GetValues<Severity>().Length]).ToList();
        foreach (var incident in incidents)
        {
            var index = Index(starts, BucketStart(incident.Date, unit));
            if (index >= 0) counts[index][(int)incident.Severity]++;
        }
        return starts.Select((s, i) => new TrendBucket(s, Next(s, unit).AddDays(-1), Label(s, unit),
            i == 0 || s.Year != starts[i - 1].Year ? s.Year.ToString(CultureInfo.InvariantCulture) : null, counts[i])).ToList();
    }

    private static DateOnly BucketStart(DateOnly date, TrendUnit unit) => unit == TrendUnit.Month
        ? new DateOnly(date.Year, date.Month, 1)
        : date.AddDays(-(((int)date.DayOfWeek + 6) % 7)); // back to Monday

    private static DateOnly Next(DateOnly start, TrendUnit unit) => unit == TrendUnit.Month ? start.AddMonths(1) : start.AddDays(7);

    private static int Index(List<DateOnly> starts, DateOnly start)
    {
        var i = starts.BinarySearch(start);
        return i >= 0 ? i : -1;
    }

    private static string Label(DateOnly start, TrendUnit unit) => unit == TrendUnit.Month
        ? start.ToString("MMM", CultureInfo.InvariantCulture)
        : start.ToString("d MMM", CultureInfo.InvariantCulture);
}
