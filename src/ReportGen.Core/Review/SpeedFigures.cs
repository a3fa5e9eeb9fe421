using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>Median and 90th percentile of one duration over a set of incidents (those that record it).</summary>
/// <param name="Count">Incidents that record the duration.</param>
/// <param name="Median">Median, null when none does.</param>
/// <param name="P90">90th percentile by nearest rank, null when none does.</param>
public sealed record DurationStats(int Count, TimeSpan? Median, TimeSpan? P90)
{
    /// <summary>The statistics of <paramref name="values"/>.</summary>
    public static DurationStats Of(IReadOnlyCollection<TimeSpan> values) =>
        new(values.Count, Percentiles.Median(values), Percentiles.NearestRank(values, 90));
}

/// <summary>Time to detect and time to resolve over the incidents of one severity (or all of them).</summary>
/// <param name="Severity">The severity, or null for every incident.</param>
/// <param name="Incidents">Incidents counted.</param>
/// <param name="TimeToDetect">Time to detect (incidents with a detection time).</param>
/// <param name="TimeToResolve">Time to resolve (resolved incidents).</param>
public sealed record SpeedRow(Severity? Severity, int Incidents, DurationStats TimeToDetect, DurationStats TimeToResolve)
{
    /// <summary>The row over <paramref name="incidents"/>.</summary>
    public static SpeedRow Of(Severity? severity, IReadOnlyCollection<ReviewIncident> incidents) => new(
        severity, incidents.Count,
        DurationStats.Of(incidents.Where(i => i.TimeToDetect is not null).Select(i => i.TimeToDetect!.Value).ToList()),
        DurationStats.Of(incidents.Where(i => i.TimeToResolve is not null).Select(i => i.TimeToResolve!.Value).ToList()));
}

/// <summary>One severity's speed this period, and in the previous period when the inputs cover it.</summary>
/// <param name="Current">This period.</param>
/// <param name="Previous">The previous period of the same length, or null.</param>
public sealed record SpeedComparison(SpeedRow Current, SpeedRow? Previous)
{
    /// <summary>Change of the median time to detect, in percent of the previous median (negative: faster).</summary>
    public int? DetectMedianChange => Change(Current.TimeToDetect.Median, Previous?.TimeToDetect.Median);
    /// <summary>Change of the 90th percentile time to detect, in percent.</summary>
    public int? DetectP90Change => Change(Current.TimeToDetect.P90, Previous?.TimeToDetect.P90);
    /// <summary>Change of the median time to resolve, in percent.</summary>
    public int? ResolveMedianChange => Change(Current.TimeToResolve.Median, Previous?.TimeToResolve.Median);
    /// <summary>Change of the 90th percentile time to resolve, in percent.</summary>
    public int? ResolveP90Change => Change(Current.TimeToResolve.P90, Previous?.TimeToResolve.P90);

    /// <summary>(now − before) ÷ before in whole percent, rounded half away from zero; null when either is missing or
    /// before is zero.</summary>
    public static int? Change(TimeSpan? now, TimeSpan? before)
    {
        if (now is null || before is null || before.Value.Ticks == 0) return null;
        var percent = (now.Value.Ticks - before.Value.Ticks) * 100.0 / before.Value.Ticks;
        return (int)Math.Round(percent, MidpointRounding.AwayFromZero);
    }
}

/// <summary>Builds the speed table: one row per severity that has incidents in the period or the previous one, in
/// severity order, and a row over all incidents.</summary>
public static class SpeedFigures
{
    /// <summary>Rows for <paramref name="current"/>, compared with <paramref name="previous"/> when it is not null.</summary>
    public static IReadOnlyList<SpeedComparison> Build(IReadOnlyList<ReviewIncident> current, IReadOnlyList<ReviewIncident>? previous)
    {
        var rows = new List<SpeedComparison>();
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var now = current.Where(i => i.Severity == severity).ToList();
            var before = previous?.Where(i => i.Severity == severity).ToList();
            if (now.Count == 0 && (before is null || before.Count == 0)) continue;
            rows.Add(new SpeedComparison(SpeedRow.Of(severity, now), before is null ? null : SpeedRow.Of(severity, before)));
        }
        rows.Add(new SpeedComparison(SpeedRow.Of(null, current), previous is null ? null : SpeedRow.Of(null, previous)));
        return rows;
    }
}
