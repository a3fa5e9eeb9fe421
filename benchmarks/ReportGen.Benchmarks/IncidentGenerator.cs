using System.Globalization;
using System.Text;

namespace ReportGen.Benchmarks;

/// <summary>How much a generated incident holds.</summary>
internal enum IncidentSize
{
    /// <summary>Required sections only: id, title, severity, started_at and a few timeline entries.</summary>
    Small,

    /// <summary>The size of a real postmortem: every section, ~20 timeline entries, ~10 action items.</summary>
    Typical,

    /// <summary>150 timeline entries, 80 action items, long multi-paragraph narratives.</summary>
    Large,
}

/// <summary>Writes realistic, valid incident files from a fixed seed: the same files on every run and machine.
/// File number n depends only on n and the size (its own seeded random), so the first 20 files of a 1,000-file batch
/// are the 20 files of a 20-file batch.</summary>
internal static class IncidentGenerator
{
    private const int Seed = 20260314;
    private static readonly string[] Services = ["checkout-api", "cart-service", "search", "payments-queue", "auth", "cdn-edge", "orders-db"];
    private static readonly string[] Teams = ["Payments SRE", "Platform", "Database team", "Search", "Customer Support"];
    private static readonly string[] People = ["Maya Chen", "Luis Ortega", "Priya Raman", "Dana Kim", "Sam Ortiz", "Noor Haddad"];
    private static readonly string[] Kinds = ["response", "escalation", "other"];
    private static readonly string[] Statuses = ["open", "in_progress", "done", "wont_do"];

    private static readonly string[] Sentences =
    [
        "The change lowered a limit that had been sized years ago for a fraction of today's traffic.",
        "Requests queued for a connection, hit the gateway timeout and were returned as errors to customers.",
        "Under weekday load the new setting still sufficed, so the canary checks passed without a warning.",
        "The dashboards showed the saturation clearly, but nobody was looking at them at the time.",
        "Retries from mobile clients doubled the load within minutes and made the queueing worse.",
        "Rolling back the configuration restored normal latency within a few minutes of the deploy finishing.",
        "The on-call engineer first suspected the database, which cost twenty minutes of investigation.",
        "Support received a wave of contacts, most of them from customers who had retried their orders several times.",
    ];

    /// <summary>Writes <paramref name="count"/> files of <paramref name="size"/> into <paramref name="folder"/> (with the
    /// figure image they refer to) and returns their paths.</summary>
    public static List<string> Write(string folder, int count, IncidentSize size = IncidentSize.Typical)
    {
        Directory.CreateDirectory(Path.Combine(folder, "figures"));
        File.WriteAllBytes(Path.Combine(folder, "figures", "chart.png"), ChartPng.Create(800, 320));
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"INC-{i:D5}.yaml");
            File.WriteAllText(path, Text(i, size));
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The YAML text of incident number <paramref name="n"/> at <paramref name="size"/>.</summary>
    public static string Text(int n, IncidentSize size)
    {
        var r = new Random(Seed + (int)size * 1_000_003 + n);
        return size switch
        {
            IncidentSize.Small => Small(n, r),
            IncidentSize.Typical => Full(n, r, timelineEntries: 18 + r.Next(0, 5), actionItems: 9 + r.Next(0, 3), paragraphs: 1),
            _ => Full(n, r, timelineEntries: 150, actionItems: 80, paragraphs: 6),
        };
    }

    private static DateTimeOffset Start(Random r) =>
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(r.Next(0, 500_000));

    private static string Small(int n, Random r)
    {
        var sb = new StringBuilder();
        var start = Start(r);
        var service = Services[r.Next(Services.Length)];
        sb.Append(CultureInfo.InvariantCulture, $"id: INC-{n:D5}\ntitle: {service} returned errors for some requests\nseverity: low\n");
        sb.Append(CultureInfo.InvariantCulture, $"started_at: {Stamp(start)}\ntimeline:\n");
        var at = start;
        for (var e = 0; e < 4; e++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - at: {Stamp(at)}\n    event: Step {e} on `{service}`\n");
            at = at.AddMinutes(r.Next(1, 20));
        }
        return sb.ToString();
    }

    /// <summary>An incident <paramref name="factor"/> times the size of the scaling benchmark's base input in every
    /// dimension that grows: what_happened paragraphs (12 per factor), timeline entries (50), code snippet lines (40),
    /// and one unbreakable word in what_happened and one in the snippet (1,000 and 500 characters per factor).</summary>
    public static string Scaled(int n, int factor)
    {
        var r = new Random(Seed + 7 * 1_000_003 + n);
        return Full(n, r, timelineEntries: 50 * factor, actionItems: 10, paragraphs: 12 * factor,
            longWord: 1_000 * factor, snippetLines: 40 * factor);
    }

    private static string Full(int n, Random r, int timelineEntries, int actionItems, int paragraphs, int longWord = 0,
        int snippetLines = 0)
    {
        var sb = new StringBuilder();
        var start = Start(r);
        var service = Services[r.Next(Services.Length)];
        var final = n % 3 == 0;
        var severity = (n % 4) switch { 0 => "critical", 1 => "high", 2 => "medium", _ => "low" };

        // Timeline first (kept in memory) so detected/mitigated/resolved match its entries.
        var times = new List<DateTimeOffset>();
        var at = start;
        for (var e = 0; e < timelineEntries; e++)
        {
            times.Add(at);
            at = at.AddMinutes(r.Next(1, 12));
        }
        var detected = times[Math.Min(2, times.Count - 1)];
        var mitigated = times[times.Count * 2 / 3];
        var resolved = times[^1];

        sb.Append("format: 1\n");
        sb.Append(CultureInfo.InvariantCulture, $"id: INC-{n:D5}\ntitle: {service} degraded after a configuration change\nseverity: {severity}\n");
        sb.Append(CultureInfo.InvariantCulture, $"status: {(final ? "final" : "draft")}\nstarted_at: {Stamp(start)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"detected_at: {Stamp(detected)}\nmitigated_at: {Stamp(mitigated)}\nresolved_at: {Stamp(resolved)}\n");
        sb.Append(n % 2 == 0 ? "timezone: Europe/Berlin\n" : "timezone: UTC\n");
        sb.Append(CultureInfo.InvariantCulture, $"postmortem_date: {start.AddDays(3):yyyy-MM-dd}\n");
        sb.Append(CultureInfo.InvariantCulture,
            $"summary: |\n  For **{(resolved - start).TotalMinutes:F0} minutes** the *{service}* returned errors for part of its traffic.\n");
        Narrative(sb, r, "  ", paragraphs);

        sb.Append("timeline:\n");
        for (var e = 0; e < timelineEntries; e++)
        {
            var kind = e == 2 ? "detection" : e == times.Count * 2 / 3 ? "mitigation" : e == timelineEntries - 1 ? "resolution" : Kinds[r.Next(Kinds.Length)];
            sb.Append(CultureInfo.InvariantCulture, $"  - at: {Stamp(times[e])}\n");
            sb.Append(CultureInfo.InvariantCulture,
                $"    event: Step {e} on `{service}`; {Sentences[r.Next(Sentences.Length)].TrimEnd('.').ToLowerInvariant()}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    by: {People[r.Next(People.Length)]} ({Teams[r.Next(Teams.Length)]})\n    kind: {kind}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"impact:\n  external:\n    affected_users: {r.Next(10, 90_000)}\n    features_unavailable: [Checkout, Search]\n");
        sb.Append("    user_experience: |\n      Customers saw *\"Something went wrong\"* after submitting an order; many retried.\n");
        sb.Append("    business: |\n      About **120 orders lost**; the availability SLA for the month was missed.\n");
        sb.Append(CultureInfo.InvariantCulture, $"  internal:\n    teams: [{Teams[0]}, {Teams[1]}]\n    services: [{service}, orders-db]\n");
        sb.Append("    data_consistency: No data lost; some carts were reconciled by a script.\n    response_overhead: 6 people for 3 hours.\n");
        sb.Append("  metrics:\n    traffic: 1,150 requests/min at peak\n    error_rate: 12% of requests\n    response_time: p99 from 420 ms to 30 s\n");
        sb.Append("    downtime: 2 h of degradation\n    other:\n      - name: Orders lost\n        value: \"~120\"\n      - name: Support contacts\n        value: \"340\"\n");
        sb.Append("  figures:\n    - title: Error rate during the incident\n      path: figures/chart.png\n");

        sb.Append("root_cause:\n  what_happened: |\n");
        Narrative(sb, r, "    ", paragraphs + 1);
        if (longWord > 0)
            sb.Append("\n    The log held the token ").Append(Token(r, longWord)).Append(" and nothing else.\n");
        sb.Append(CultureInfo.InvariantCulture, $"  immediate_cause: The `{service}` connection pool was exhausted.\n");
        sb.Append("  contributing_factors:\n    - No alert on pool usage.\n    - The canary ran at a third of peak load.\n    - The runbook did not mention the pool size.\n");
        sb.Append("  systemic_issues:\n    - Load tests run weekly, not per release.\n    - Capacity is owned by a different team than the services.\n");
        sb.Append("  why_not_caught:\n    monitoring: [No alert on saturation.]\n    testing: [Load tests do not count queries.]\n");
        sb.Append("    process: [Friday evening releases are allowed.]\n    assumptions: [We assumed ample headroom.]\n");
        sb.Append("lessons:\n  went_well:\n    - The alert fired within minutes.\n    - Rollback was fast.\n  could_improve:\n    - Connecting the incident to the release took too long.\n    - The status page was updated late.\n");

        sb.Append("action_items:\n");
        for (var a = 1; a <= actionItems; a++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"  - id: A{a}\n    action: {Sentences[r.Next(Sentences.Length)].TrimEnd('.')} (safeguard {a})\n    owner: {Teams[r.Next(Teams.Length)]}\n");
            sb.Append(CultureInfo.InvariantCulture,
                $"    due: {start.AddDays(30 + a):yyyy-MM-dd}\n    priority: P{(a == 1 ? 0 : r.Next(0, 4))}\n    status: {Statuses[r.Next(Statuses.Length)]}\n");
            if (a % 2 == 1) sb.Append(CultureInfo.InvariantCulture, $"    tracker: https://tracker.example/OPS-{1000 + a}\n");
        }
        sb.Append("prevention:\n  short_term:\n    - Raised the pool size during the incident\n    - measure: Alert on saturation\n      action_items: [A1]\n");
        sb.Append("  long_term:\n    - measure: Capacity reviews\n      action_items: [A2, A3]\n    - Query counts as a release metric\n");
        sb.Append("appendices:\n  snippets:\n    - title: pgbouncer.ini\n      language: ini\n      code: |\n        [pgbouncer]\n        pool_mode = transaction\n        default_pool_size = 50\n");
        for (var line = 0; line < snippetLines; line++)
            sb.Append(CultureInfo.InvariantCulture, $"        2026-03-14T09:{line % 60:D2}:00Z WARN pool={service} wait_ms={r.Next(100, 30_000)} queued={r.Next(0, 400)}\n");
        if (snippetLines > 0)
            sb.Append("        ").Append(Token(r, longWord / 2)).Append('\n');
        sb.Append("  monitoring_gaps:\n    - alert: Pool saturation\n      why_not_fired: No alert existed\n");
        sb.Append("  documentation:\n    - title: Runbook\n      url: https://wiki.example/runbooks/checkout\n      kind: runbook\n");
        sb.Append(CultureInfo.InvariantCulture,
            $"signoff:\n  facilitated_by: Dana Kim\n  reviewed_by: [Sam Ortiz, Priya Raman]\n  date: {start.AddDays(5):yyyy-MM-dd}\n  next_review: {start.AddDays(60):yyyy-MM-dd}\n");
        return sb.ToString();
    }

    private static void Narrative(StringBuilder sb, Random r, string indent, int paragraphs)
    {
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0) sb.Append('\n');
            sb.Append(indent);
            for (var s = 0; s < 4; s++)
                sb.Append(Sentences[r.Next(Sentences.Length)]).Append(s < 3 ? " " : "\n");
        }
    }

    /// <summary>A word of <paramref name="length"/> letters and digits with no break opportunity (a hash or a pasted
    /// token).</summary>
    private static string Token(Random r, int length)
    {
        const string alphabet = "abcdef0123456789";
        return string.Create(length, r, (chars, random) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
        });
    }

    private static string Stamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
