namespace ReportGen.Core.Review;

/// <summary>A name (service, team or contributing factor) that appears in more than one incident.</summary>
/// <param name="Name">The name as first written (trimmed), in the order incidents are listed.</param>
/// <param name="Incidents">The incidents it appears in, in their order; each once.</param>
public sealed record RecurringItem(string Name, IReadOnlyList<ReviewIncident> Incidents);

/// <summary>Services, teams and contributing factors that recur across incidents. Names match case-insensitively after
/// trimming, nothing fuzzier: "Checkout-API " and "checkout-api" are one service, "checkout api" another.</summary>
public static class RecurringFigures
{
    /// <summary>The matching key of a name: trimmed, upper-cased by the invariant rules.</summary>
    public static string Key(string name) => name.Trim().ToUpperInvariant();

    /// <summary>Names <paramref name="select"/> gives that appear in two or more of <paramref name="incidents"/>:
    /// the most incidents first, then by name.</summary>
    public static IReadOnlyList<RecurringItem> Find(IReadOnlyList<ReviewIncident> incidents, Func<ReviewIncident, IEnumerable<string>> select)
    {
        var byKey = new Dictionary<string, (string Name, List<ReviewIncident> Incidents)>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            foreach (var name in select(incident))
            {
                var trimmed = name.Trim();
                if (trimmed.Length == 0) continue;
                var key = Key(trimmed);
                if (!byKey.TryGetValue(key, out var entry))
                    byKey[key] = entry = (trimmed, []);
                if (entry.Incidents.Count == 0 || !ReferenceEquals(entry.Incidents[^1], incident))
                    entry.Incidents.Add(incident);
            }
        }
        return byKey.Values.Where(e => e.Incidents.Count > 1)
            .Select(e => new RecurringItem(e.Name, e.Incidents))
            .OrderByDescending(r => r.Incidents.Count).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
