namespace ReportGen.Core.Tests.Review;

/// <summary>The review's figures computed straight from the generator's specs, written apart from the production
/// code and by other means where there are any (minute sets for the downtime, the percentile by its definition,
/// lower-case keys where the code upper-cases, ISO week numbers for weekly buckets).</summary>
internal static class Expected
{
    private static readonly string[] SeverityOrder = ["critical", "high", "medium", "low"];

    public static int SeverityRank(string severity) => Array.IndexOf(SeverityOrder, severity);

    /// <summary>Incidents of the period by their own calendar date, in the review's order.</summary>
    public static List<SpecIncident> InPeriod(IEnumerable<SpecIncident> all, DateOnly from, DateOnly to) =>
        Ordered(all.Where(s => s.LocalDate >= from && s.LocalDate <= to));

    public static List<SpecIncident> Ordered(IEnumerable<SpecIncident> specs) =>
        specs.OrderBy(s => s.Start.UtcDateTime).ThenBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.File, StringComparer.Ordinal).ToList();

    public static DateOnly AsOf(IEnumerable<SpecIncident> all) => all.Where(s => s.PostmortemDate is not null).Max(s => s.PostmortemDate!.Value);

    public static double? MedianMinutes(IEnumerable<int> values)
    {
        var v = values.OrderBy(x => x).ToList();
        if (v.Count == 0) return null;
        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2.0;
    }

    /// <summary>The smallest value with at least 90% of the values at or below it.</summary>
    public static int? P90Minutes(IEnumerable<int> values)
    {
        var v = values.ToList();
        foreach (var candidate in v.Distinct().OrderBy(x => x))
            if (v.Count(x => x <= candidate) * 10 >= 9 * v.Count) return candidate;
        return null;
    }

    public static IEnumerable<int> Detect(IEnumerable<SpecIncident> s) => s.Where(x => x.DetectAfter is not null).Select(x => x.DetectAfter!.Value);

    public static IEnumerable<int> Resolve(IEnumerable<SpecIncident> s) => s.Where(x => x.ResolveAfter is not null).Select(x => x.ResolveAfter!.Value);

    /// <summary>Minutes during which a customer-facing incident was unmitigated, counted minute by minute.</summary>
    public static int DowntimeMinutes(IEnumerable<SpecIncident> specs)
    {
        var minutes = new HashSet<long>();
        foreach (var s in specs.Where(x => x.External))
        {
            var end = s.MitigateAfter ?? s.ResolveAfter;
            if (end is null) continue;
            var first = s.Start.ToUnixTimeSeconds() / 60;
            for (var m = 0; m < end; m++) minutes.Add(first + m);
        }
        return minutes.Count;
    }

    public static bool IsOpen(SpecItem item) => item.Status is "open" or "in_progress";

    /// <summary>(incident id, item id) of overdue items, most urgent first.</summary>
    public static List<(string, string)> Overdue(List<SpecIncident> period, DateOnly asOf) =>
        period.SelectMany(s => s.Items.Select(a => (s, a)))
            .Where(p => IsOpen(p.a) && p.a.Due < asOf)
            .OrderBy(p => p.a.Priority, StringComparer.Ordinal)
            .ThenBy(p => p.a.Due) // the earlier the due date, the longer overdue
            .ThenBy(p => p.s.Start.UtcDateTime).ThenBy(p => p.s.Id, StringComparer.Ordinal).ThenBy(p => p.a.Id, StringComparer.Ordinal)
            .Select(p => (p.s.Id, p.a.Id)).ToList();

    public static List<(string, string)> OpenUrgent(List<SpecIncident> period) =>
        period.SelectMany(s => s.Items.Select(a => (s, a)))
            .Where(p => IsOpen(p.a) && p.a.Priority is "P0" or "P1")
            .OrderBy(p => p.a.Priority, StringComparer.Ordinal).ThenBy(p => p.a.Due)
            .ThenBy(p => p.s.Start.UtcDateTime).ThenBy(p => p.s.Id, StringComparer.Ordinal).ThenBy(p => p.a.Id, StringComparer.Ordinal)
            .Select(p => (p.s.Id, p.a.Id)).ToList();

    /// <summary>Names in two or more incidents, keyed by their lower-cased trimmed form, with the incident ids.</summary>
    public static Dictionary<string, List<string>> Recurring(List<SpecIncident> period, Func<SpecIncident, IEnumerable<string>> select)
    {
        var byKey = new Dictionary<string, List<string>>();
        foreach (var s in period)
            foreach (var key in select(s).Select(n => n.Trim().ToLowerInvariant()).Where(k => k.Length > 0).Distinct())
            {
                if (!byKey.TryGetValue(key, out var ids)) byKey[key] = ids = [];
                ids.Add(s.Id);
            }
        return byKey.Where(kv => kv.Value.Count >= 2).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    /// <summary>The spelling written most often (trimmed), the earliest met on a tie.</summary>
    public static string MostCommonSpelling(IEnumerable<string> spellings)
    {
        var counts = new Dictionary<string, (int Count, int First)>();
        var n = 0;
        foreach (var s in spellings.Select(x => x.Trim()))
        {
            counts[s] = counts.TryGetValue(s, out var c) ? (c.Count + 1, c.First) : (1, n);
            n++;
        }
        var best = counts.Max(kv => kv.Value.Count);
        return counts.Where(kv => kv.Value.Count == best).MinBy(kv => kv.Value.First).Key;
    }

    public static DateOnly? ResolvedDate(SpecIncident s) =>
        s.ResolveAfter is { } m ? DateOnly.FromDateTime(s.LocalStart.AddMinutes(m)) : null;

    /// <summary>(incident id, approver as written but trimmed, decision) of every approval not given, incidents in the
    /// review's order, approvals in file order.</summary>
    public static List<(string, string, string)> PendingApprovals(List<SpecIncident> period) =>
        [.. period.SelectMany(s => s.Approvals.Where(a => a.Decision != "approved").Select(a => (s.Id, a.Name.Trim(), a.Decision)))];
}
