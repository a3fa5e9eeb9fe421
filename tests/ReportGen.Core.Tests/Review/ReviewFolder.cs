using System.Globalization;
using System.Text;

namespace ReportGen.Core.Tests.Review;

/// <summary>One action item as the generator wrote it.</summary>
internal sealed record SpecItem(string Id, string Owner, DateOnly Due, string Priority, string Status, string? Tracker);

/// <summary>One approval as the generator wrote it in <c>signoff.approvals</c> (Date only when decided).</summary>
internal sealed record SpecApproval(string Name, string? Role, string Decision, DateOnly? Date);

/// <summary>One incident as the generator wrote it: every fact a review figure depends on, kept apart from what the
/// loader makes of the file so tests can compute the expected figures independently. Times are whole minutes.
/// <see cref="LocalStart"/> is the start on the incident's own clock; <see cref="Offset"/> its UTC offset there.</summary>
internal sealed record SpecIncident(
    string File, string Id, string Title, string Severity, string Status,
    DateTime LocalStart, TimeSpan Offset, string? Zone,
    int? DetectAfter, bool DetectViaTimeline, int? MitigateAfter, int? ResolveAfter,
    DateOnly? PostmortemDate, bool External, string[] Services, string[] Teams, string[] Factors, SpecItem[] Items)
{
    /// <summary>Approvals, in file order (none by default).</summary>
    public SpecApproval[] Approvals { get; init; } = [];

    public DateTimeOffset Start => new(LocalStart, Offset);
    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStart);
}

/// <summary>Writes a folder of valid incident files spread over January to June 2026 (and a few edge cases around
/// the period ends) from a fixed seed, and returns what it wrote. Names recur with different case and spacing, some
/// incidents have no detection time or are unresolved drafts, some use a named time zone whose date differs from the
/// UTC date.</summary>
internal static class ReviewFolder
{
    private static readonly string[] Severities = ["critical", "high", "medium", "low"];
    private static readonly string[] Services = ["checkout-api", "Checkout-API", " checkout-api ", "payments-queue", "search", "auth", "orders-db", "ORDERS-DB", "cdn-edge"];
    private static readonly string[] Teams = ["Payments SRE", "payments sre", "Platform", "Database team", "Search", " Customer Support"];
    private static readonly string[] Factors = ["No alert on pool usage", "no alert on pool usage ", "Canary ran at a third of peak load", "Runbook was out of date", "RUNBOOK WAS OUT OF DATE", "Config change skipped review", "Retry storm from mobile clients"];
    private static readonly string[] Owners = ["Payments SRE", " payments sre", "Platform", "Database team", "Maya Chen", "Luis Ortega", "PLATFORM"];
    private static readonly string[] ItemStatuses = ["open", "in_progress", "done", "wont_do", "done", "open"];
    private static readonly string[] Decisions = ["pending", "approved", "changes_requested", "rejected"];

    /// <summary>Writes the incidents into <paramref name="folder"/> (sub-folder <c>team-b</c> for every fifth) and
    /// returns them.</summary>
    public static List<SpecIncident> Write(string folder, int generated = 34)
    {
        var specs = Generate(generated);
        foreach (var spec in specs)
        {
            var path = Path.Combine(folder, spec.File);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Yaml(spec));
        }
        return specs;
    }

    /// <summary>Two files with errors, for the "Not included" page.</summary>
    public static void WriteInvalid(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "broken-severity.yaml"),
            "id: INC-BAD1\ntitle: Broken\nseverity: extreme\nstarted_at: 2026-03-14T09:12:00Z\ntimeline:\n  - at: \"09:12\"\n    event: x\n");
        File.WriteAllText(Path.Combine(folder, "no-title.yaml"),
            "id: INC-BAD2\nseverity: low\nstarted_at: 2026-03-15T09:12:00Z\ntimeline:\n  - at: \"09:12\"\n    event: x\n");
    }

    public static List<SpecIncident> Generate(int generated)
    {
        var r = new Random(18_2026);
        var specs = new List<SpecIncident>();
        for (var n = 0; n < generated; n++)
        {
            var local = new DateTime(2026, 1, 1, 0, 0, 0).AddDays(r.Next(0, 181)).AddMinutes(r.Next(0, 24 * 60));
            var severity = Severities[r.Next(Severities.Length)];
            var status = n % 5 == 3 ? "draft" : n % 4 == 1 ? "review" : "final";
            var unresolved = status == "draft" && n % 2 == 1;
            var detect = r.Next(4) == 0 ? (int?)null : r.Next(1, 45);
            var resolve = unresolved ? (int?)null : (detect ?? 0) + r.Next(20, 600);
            var mitigate = resolve is { } rv && r.Next(3) > 0 ? rv - r.Next(0, (rv - (detect ?? 0)) / 2) : (int?)null;
            specs.Add(new SpecIncident(
                n % 5 == 0 ? $"team-b/inc-{n:D3}.yaml" : $"inc-{n:D3}.yaml", $"INC-{3000 + n}",
                $"{Pick(r, Services).Trim()} degraded ({n})", severity, status, local, TimeSpan.Zero, null,
                detect, detect is not null && n % 3 == 0, mitigate, resolve,
                status == "draft" ? null : DateOnly.FromDateTime(local).AddDays(r.Next(2, 6)),
                r.Next(3) > 0, Distinct(r, Services, r.Next(0, 3)), Distinct(r, Teams, r.Next(1, 3)),
                [.. Distinct(r, Factors, r.Next(0, 3)), $"Factor only in incident {n}"],
                status == "draft" ? [] : Items(r, n, DateOnly.FromDateTime(local), severity))
            {
                Approvals = Approvals(n, status, DateOnly.FromDateTime(local)),
            });
        }
        specs.AddRange(EdgeCases());
        return specs;
    }

    /// <summary>Incidents whose local date differs from their UTC date, right at the ends of the second quarter.</summary>
    private static IEnumerable<SpecIncident> EdgeCases()
    {
        SpecItem[] Item(string id, DateOnly due) => [new(id, "Platform", due, "P1", "open", null)];
        // 22:30 in Los Angeles on 31 March is 05:30 UTC on 1 April: a first-quarter incident by its own date.
        yield return new SpecIncident("edge-la-march.yaml", "INC-EDGE-1", "Edge: late evening in Los Angeles", "high", "final",
            new DateTime(2026, 3, 31, 22, 30, 0), TimeSpan.FromHours(-7), "America/Los_Angeles", 6, false, 30, 95,
            new DateOnly(2026, 4, 3), true, ["checkout-api"], ["Payments SRE"], ["No alert on pool usage"],
            Item("A1", new DateOnly(2026, 4, 20)));
        // 00:30 on 1 July at +02:00 is 22:30 UTC on 30 June: outside a period ending 30 June by its own date.
        yield return new SpecIncident("edge-july.yaml", "INC-EDGE-2", "Edge: just after midnight in July", "medium", "review",
            new DateTime(2026, 7, 1, 0, 30, 0), TimeSpan.FromHours(2), null, 12, true, 40, 70,
            new DateOnly(2026, 7, 3), false, ["search"], ["Search"], [], Item("A1", new DateOnly(2026, 7, 30)));
        // Two overlapping customer-facing incidents on the same morning: downtime counts the overlap once.
        yield return new SpecIncident("edge-overlap-1.yaml", "INC-EDGE-3", "Edge: overlapping outage one", "critical", "final",
            new DateTime(2026, 5, 12, 8, 0, 0), TimeSpan.Zero, null, 5, false, 60, 120,
            new DateOnly(2026, 5, 14), true, ["auth"], ["Platform"], ["Config change skipped review"], Item("A1", new DateOnly(2026, 5, 20)));
        yield return new SpecIncident("edge-overlap-2.yaml", "INC-EDGE-4", "Edge: overlapping outage two", "critical", "final",
            new DateTime(2026, 5, 12, 8, 30, 0), TimeSpan.Zero, null, 2, false, 90, 200,
            new DateOnly(2026, 5, 14), true, ["Auth "], ["platform"], ["config change skipped review"], Item("A1", new DateOnly(2026, 5, 21)));
    }

    private static SpecItem[] Items(Random r, int n, DateOnly date, string severity)
    {
        var count = r.Next(1, 5);
        var items = new SpecItem[count];
        for (var a = 0; a < count; a++)
        {
            // Critical and high incidents need a P0 or P1 item to be final: the first item is one.
            var priority = a == 0 && severity is "critical" or "high" ? $"P{r.Next(0, 2)}" : $"P{r.Next(0, 4)}";
            items[a] = new SpecItem($"A{a + 1}", Pick(r, Owners), date.AddDays(r.Next(5, 120)), priority,
                Pick(r, ItemStatuses), a % 2 == 0 ? $"https://tracker.example/OPS-{n * 10 + a}" : null);
        }
        return items;
    }

    /// <summary>Approvals for two incidents in three, from the incident's number (the random sequence stays as it was):
    /// a final postmortem has every approval given; one in review or a draft has a mix of decisions, the second
    /// approver's name written with other case and spacing.</summary>
    private static SpecApproval[] Approvals(int n, string status, DateOnly date)
    {
        if (n % 3 == 2) return [];
        string Decision(int k) => status == "final" ? "approved" : status == "draft" ? "pending" : Decisions[(n / 4 + k) % Decisions.Length];
        SpecApproval Make(string name, string? role, int k) =>
            new(name, role, Decision(k), Decision(k) == "pending" ? null : date.AddDays(2 + k));
        return n % 2 == 0
            ? [Make("Priya Raman", "VP Engineering", 0), Make(" priya raman-lee ", null, 1)]
            : [Make("Tom Becker", "Director of SRE", 0)];
    }

    private static string Pick(Random r, string[] from) => from[r.Next(from.Length)];

    private static string[] Distinct(Random r, string[] from, int count)
    {
        var picked = new List<string>();
        while (picked.Count < count)
        {
            var s = Pick(r, from);
            if (!picked.Any(p => string.Equals(p.Trim(), s.Trim(), StringComparison.OrdinalIgnoreCase))) picked.Add(s);
        }
        return [.. picked];
    }

    /// <summary>The incident file's text.</summary>
    public static string Yaml(SpecIncident s)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append('\n');
        string Stamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var start = s.Start;
        Line($"id: {s.Id}");
        Line($"title: {Q(s.Title)}");
        Line($"severity: {s.Severity}");
        Line($"status: {s.Status}");
        Line($"started_at: {Stamp(start)}");
        if (s.DetectAfter is { } d && !s.DetectViaTimeline) Line($"detected_at: {Stamp(start.AddMinutes(d))}");
        if (s.MitigateAfter is { } m) Line($"mitigated_at: {Stamp(start.AddMinutes(m))}");
        if (s.ResolveAfter is { } res) Line($"resolved_at: {Stamp(start.AddMinutes(res))}");
        if (s.Zone is not null) Line($"timezone: {s.Zone}");
        if (s.PostmortemDate is { } pm) Line($"postmortem_date: {pm:yyyy-MM-dd}");
        Line("summary: The service returned errors for part of its traffic until a configuration change was rolled back.");
        Line("timeline:");
        Line($"  - at: {Stamp(start)}");
        Line("    event: Error rate started to climb");
        if (s.DetectAfter is { } dt && s.DetectViaTimeline)
        {
            Line($"  - at: {Stamp(start.AddMinutes(dt))}");
            Line("    event: Alert fired");
            Line("    kind: detection");
        }
        Line("impact:");
        if (s.External)
        {
            Line("  external:");
            Line("    user_experience: Customers saw errors.");
        }
        Line("  internal:");
        Line($"    teams: [{string.Join(", ", s.Teams.Select(Q))}]");
        if (s.Services.Length > 0) Line($"    services: [{string.Join(", ", s.Services.Select(Q))}]");
        Line("root_cause:");
        Line("  what_happened: A configuration change lowered a limit.");
        Line("  immediate_cause: The connection pool was exhausted.");
        if (s.Factors.Length > 0)
        {
            Line("  contributing_factors:");
            foreach (var f in s.Factors) Line($"    - {Q(f)}");
        }
        if (s.Items.Length > 0)
        {
            Line("action_items:");
            foreach (var a in s.Items)
            {
                Line($"  - id: {a.Id}");
                Line($"    action: Safeguard {a.Id} for {s.Id}");
                Line($"    owner: {Q(a.Owner)}");
                Line($"    due: {a.Due:yyyy-MM-dd}");
                Line($"    priority: {a.Priority}");
                Line($"    status: {a.Status}");
                if (a.Tracker is not null) Line($"    tracker: {a.Tracker}");
            }
        }
        if (s.Status != "draft" || s.Approvals.Length > 0) Line("signoff:");
        if (s.Status != "draft")
        {
            Line("  facilitated_by: Dana Kim");
            Line("  reviewed_by: [Sam Ortiz]");
            Line($"  date: {s.PostmortemDate!.Value.AddDays(1):yyyy-MM-dd}");
            Line($"  next_review: {s.PostmortemDate!.Value.AddDays(60):yyyy-MM-dd}");
        }
        if (s.Approvals.Length > 0)
        {
            Line("  approvals:");
            foreach (var a in s.Approvals)
            {
                Line($"    - name: {Q(a.Name)}");
                if (a.Role is not null) Line($"      role: {Q(a.Role)}");
                Line($"      decision: {a.Decision}");
                if (a.Date is { } decided) Line($"      date: {decided:yyyy-MM-dd}");
            }
        }
        return sb.ToString();
    }

    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
