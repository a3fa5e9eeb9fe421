using System.Text;

namespace ReportGen.Benchmarks;

/// <summary>Writes realistic, valid incident files from a fixed seed: the same files on every run and machine.</summary>
internal static class IncidentGenerator
{
    private static readonly string[] Services = ["checkout-api", "cart-service", "search", "payments-queue", "auth", "cdn-edge", "orders-db"];
    private static readonly string[] Teams = ["Payments SRE", "Platform", "Database team", "Search", "Customer Support"];
    private static readonly string[] Kinds = ["detection", "response", "escalation", "mitigation", "resolution", "other"];

    /// <summary>A 1x1 PNG, enough for the figure check to open and recognise.</summary>
    private static readonly byte[] TinyPng =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x00, 0x01, 0x01, 0x01, 0x00, 0xB1, 0x38, 0xF6, 0x14, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    /// <summary>Writes <paramref name="count"/> files into <paramref name="folder"/> and returns their paths.</summary>
    public static List<string> Write(string folder, int count)
    {
        Directory.CreateDirectory(Path.Combine(folder, "figures"));
        File.WriteAllBytes(Path.Combine(folder, "figures", "chart.png"), TinyPng);
        var random = new Random(20260314);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"INC-{i:D5}.yaml");
            File.WriteAllText(path, One(i, random));
            paths.Add(path);
        }
        return paths;
    }

    private static string One(int n, Random r)
    {
        var sb = new StringBuilder();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(r.Next(0, 500_000));
        var service = Services[r.Next(Services.Length)];
        var final = n % 3 == 0;
        sb.Append($"id: INC-{n:D5}\ntitle: {service} degraded after a configuration change\nseverity: {(final ? "high" : "medium")}\n");
        sb.Append($"status: {(final ? "final" : "draft")}\nstarted_at: {start:yyyy-MM-ddTHH:mm:ssZ}\n");
        sb.Append($"resolved_at: {start.AddMinutes(r.Next(60, 400)):yyyy-MM-ddTHH:mm:ssZ}\n");
        if (n % 2 == 0) sb.Append("timezone: Europe/Berlin\n");
        sb.Append($"summary: |\n  The *{service}* returned errors for part of its traffic. A configuration change\n  reduced capacity; rolling it back fixed it.\n");
        sb.Append("timeline:\n");
        var at = start;
        var entries = r.Next(5, 15);
        for (var e = 0; e < entries; e++)
        {
            var kind = e == 1 ? "detection" : e == entries - 1 ? "resolution" : Kinds[r.Next(Kinds.Length)];
            sb.Append(e % 2 == 0 ? $"  - at: \"{at:HH:mm}\"\n" : $"  - at: {at:yyyy-MM-ddTHH:mm:ssZ}\n");
            sb.Append($"    event: Step {e} on `{service}`, see the dashboard\n    by: {Teams[r.Next(Teams.Length)]}\n    kind: {kind}\n");
            at = at.AddMinutes(r.Next(1, 20));
        }
        sb.Append($"impact:\n  external:\n    affected_users: {r.Next(10, 90_000)}\n    features_unavailable: [Checkout, Search]\n");
        sb.Append($"  internal:\n    teams: [{Teams[0]}, {Teams[1]}]\n    services: [{service}]\n");
        sb.Append("  metrics:\n    error_rate: 12% of requests\n    other:\n      - name: Orders lost\n        value: \"~120\"\n");
        if (n % 10 == 0) sb.Append("  figures:\n    - title: Error rate\n      path: figures/chart.png\n");
        sb.Append("root_cause:\n  what_happened: |\n    A limit was lowered by a configuration change and the service ran out of capacity.\n");
        sb.Append("  immediate_cause: Connection pool exhausted.\n  contributing_factors:\n    - No alert on pool usage.\n    - Canary at low traffic.\n");
        sb.Append("lessons:\n  went_well: [Fast rollback]\n  could_improve: [Alerting on saturation]\n");
        sb.Append("action_items:\n");
        var items = r.Next(3, 8);
        for (var a = 1; a <= items; a++)
            sb.Append($"  - id: A{a}\n    action: Improve safeguard number {a}\n    owner: {Teams[r.Next(Teams.Length)]}\n" +
                      $"    due: {start.AddDays(30 + a):yyyy-MM-dd}\n    priority: P{(a == 1 ? 1 : r.Next(0, 4))}\n    status: {(a % 2 == 0 ? "done" : "open")}\n");
        sb.Append("prevention:\n  short_term:\n    - measure: Alert on saturation\n      action_items: [A1]\n  long_term:\n    - Capacity reviews\n");
        sb.Append($"signoff:\n  facilitated_by: Dana Kim\n  reviewed_by: [Sam Ortiz]\n  date: {start.AddDays(5):yyyy-MM-dd}\n  next_review: {start.AddDays(60):yyyy-MM-dd}\n");
        return sb.ToString();
    }
}
