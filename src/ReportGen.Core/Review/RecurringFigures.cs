namespace ReportGen.Core.Review;

/// <summary>A name (service, team or contributing factor) that appears in more than one incident.</summary>
/// <param name="Name">The name as most often written (trimmed; the first such spelling on a tie).</param>
/// <param name="Incidents">The incidents it appears in, in their order; each once.</param>
public sealed record RecurringItem(string Name, IReadOnlyList<ReviewIncident> Incidents);

/// <summary>Services, teams and contributing factors that recur across incidents. Names match case-insensitively after
/// trimming, nothing fuzzier: "Checkout-API " and "checkout-api" are one service, "checkout api" another.</summary>
public static class RecurringFigures
{
    /// <summary>The matching key of a name: trimmed, upper-cased by the invariant rules.</summary>
    public static string Key(string name) => name.Trim().ToUpperInvariant();

    /// <summary>The spelling written most often among <paramref name="spellings"/> (in the order they were met); the
    /// first of the most frequent on a tie, so "Platform, PLATFORM, Platform" shows as "Platform".</summary>
    public static string PreferredSpelling(IReadOnlyList<string> spellings) =>
        spellings.Select((s, i) => (s, i)).GroupBy(p => p.s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().i).First().Key;

    /// <summary>Names <paramref name="select"/> gives that appear in two or more of <paramref name="incidents"/>:
    /// the most incidents first, then by name.</summary>
    public static IReadOnlyList<RecurringItem> Find(IReadOnlyList<ReviewIncident> incidents, Func<ReviewIncident, IEnumerable<string>> select)
    {
        var byKey = new Dictionary<string, (List<string> Spellings, List<ReviewIncident> Incidents)>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            foreach (var name in select(incident))
            {
                var trimmed = name.Trim();
                if (trimmed.Length == 0) continue;
                var key = Key(trimmed);
                if (!byKey.TryGetValue(key, out var entry))
                    byKey[key] = entry = ([], []);
                if (entry.Incidents.Count > 0 && ReferenceEquals(entry.Incidents[^1], incident)) continue;
                entry.Incidents.Add(incident);
                entry.Spellings.Add(trimmed);
            }
        }
        return byKey.Values.Where(e => e.Incidents.Count > 1)
            .Select(e => new RecurringItem(PreferredSpelling(e.Spellings), e.Incidents))
            .OrderByDescending(r => r.Incidents.Count).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
