namespace ReportGen.Core.Review;

/// <summary>Total customer-facing downtime: the time during which at least one incident with external impact was
/// affecting customers, from its start to its mitigation (or its resolution when no mitigation is recorded).
/// Overlapping incidents count once. Incidents with external impact but neither end are counted apart.</summary>
/// <param name="Total">The union of the impact intervals.</param>
/// <param name="Incidents">Customer-facing incidents whose interval is known.</param>
/// <param name="WithoutEnd">Customer-facing incidents with neither a mitigation nor a resolution time.</param>
public sealed record CustomerDowntime(TimeSpan Total, int Incidents, int WithoutEnd)
{
    /// <summary>How the footnote words the definition.</summary>
    public const string Definition =
        "Customer-facing downtime: the time at least one incident with external impact was affecting customers, from its start " +
        "to its mitigation (or resolution when no mitigation is recorded); overlapping incidents count once.";

    /// <summary>The downtime over <paramref name="incidents"/>.</summary>
    public static CustomerDowntime Of(IEnumerable<ReviewIncident> incidents)
    {
        var facing = incidents.Where(i => i.CustomerFacing).ToList();
        var intervals = facing.Where(i => i.CustomerImpactEnd is not null)
            .Select(i => (Start: i.StartedAt.UtcTicks, End: Math.Max(i.StartedAt.UtcTicks, i.CustomerImpactEnd!.Value.UtcTicks)))
            .OrderBy(i => i.Start).ToList();
        long total = 0, runStart = 0, runEnd = 0;
        var open = false;
        foreach (var (start, end) in intervals)
        {
            if (open && start <= runEnd)
            {
                runEnd = Math.Max(runEnd, end);
                continue;
            }
            if (open) total += runEnd - runStart;
            (runStart, runEnd, open) = (start, end, true);
        }
        if (open) total += runEnd - runStart;
        return new CustomerDowntime(TimeSpan.FromTicks(total), intervals.Count, facing.Count - intervals.Count);
    }
}
