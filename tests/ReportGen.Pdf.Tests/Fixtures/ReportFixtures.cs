using ReportGen.Document;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>Realistic documents shaped like the postmortem layout's output, until the layouts land.</summary>
internal static class ReportFixtures
{
    public static readonly DateTimeOffset Created = new(2026, 3, 17, 0, 0, 0, TimeSpan.Zero);

    public static DocumentSettings Settings(bool draft = true) => new()
    {
        Title = "Checkout API returned 503s after DB connection-pool exhaustion",
        Subject = "INC-2041",
        Author = "Payments SRE",
        Keywords = ["high", draft ? "draft" : "final", "checkout-api"],
        HeaderLeft = "INC-2041",
        HeaderRight = "Checkout API returned 503s after DB connection-pool exhaustion",
        FooterText = "Postmortem · blameless · internal",
        IsDraft = draft,
        Created = Created,
    };

    /// <summary>A typical report: summary, key figures, a 60-row timeline table spanning pages, lists, code, figure,
    /// action items with anchors and sign-off.</summary>
    public static ReportDocument Typical(bool draft = true, int timelineRows = 60) => new()
    {
        Settings = Settings(draft),
        Theme = new Theme(),
        Blocks =
        [
            Title(Settings(draft)),
            new KeyFiguresBlock(
            [
                new KeyFigure("Time to detect", "7 min"),
                new KeyFigure("Time to mitigate", "1 h 46 min", "severity-high"),
                new KeyFigure("Time to resolve", "2 h 35 min"),
                new KeyFigure("Affected users", "48,000"),
            ]),
            new CalloutBlock("summary", "Executive summary",
            [
                P(T("On 14 March a configuration change halved the database connection pool of "), C("checkout-api"),
                  T(". Under the lunchtime peak the pool was exhausted and "), B(T("about 12% of checkout requests failed")),
                  T(" with HTTP 503 for 1 h 46 min. See "), Link("#action-a1", "action A1"), T(" and the "),
                  Link("https://status.example.com/incidents/2041", "public status page"), T(".")),
            ]),
            H(1, "Timeline"),
            P("All times are Europe/Berlin (UTC+01:00). Entries marked detection, mitigation and resolution define the phases."),
            Timeline(timelineRows),
            H(1, "Impact"),
            H(2, "External"),
            Bullets(
                Item("48,000 users saw an error page at checkout; about 1,900 orders were lost."),
                Item("Saved carts were unavailable for the whole incident.",
                    Bullets(Item("Mobile clients retried and recovered on their own."),
                            Item("Web clients showed a generic error without a retry button."))),
                Item("The SLA for enterprise customers (99.95% monthly) was breached for two accounts.")),
            new FigureBlock("figures/error-rate.png", "5xx rate, 09:00–12:00 UTC", "Bar chart of the 5xx rate",
                TestImages.ErrorRateChart()),
            H(2, "Internal"),
            P(T("Payments SRE and Customer Support spent roughly "), B(T("31 person-hours")),
              T(" on response and follow-up; the "), I(T("data consistency")), T(" check found no double charges.")),
            H(1, "Root cause"),
            H(2, "What happened"),
            P("A routine change to the service's Helm values set maxPoolSize from 40 to 20, copying a value meant for the staging environment. " +
              "The change passed review because the diff showed only a number and the staging value looked reasonable. " +
              "At 09:12 traffic rose with the lunchtime peak and every request waiting for a connection held a worker thread; " +
              "the queue grew, health checks timed out and the load balancer removed healthy pods, which concentrated load further."),
            H(2, "Contributing factors"),
            Numbered(
                Item("No alert on pool saturation: only on error rate, which lags by minutes."),
                Item("Health checks shared the worker pool with traffic, so a busy pod looked dead."),
                Item(P(T("The runbook pointed at a dashboard removed in January ("), Link("https://wiki.example.com/runbooks/checkout/very/long/path/that/keeps/going/and/going/until/it/has/to/wrap/somewhere", "old link"), T(").")))),
            new CodeBlock("# values-production.yaml (after the change)\ndatabase:\n  maxPoolSize: 20   # was 40; copied from values-staging.yaml by mistake\n  connectionTimeoutMs: 30000\n" +
                "SELECT pid, state, wait_event, query FROM pg_stat_activity WHERE datname = 'checkout' AND state <> 'idle' ORDER BY backend_start DESC LIMIT 50;", "yaml"),
            H(1, "Action items"),
            ActionItems(),
            new CalloutBlock("warning", "Open question",
                [P("Should pool sizes live in one place per environment instead of in each service's values file?")]),
            H(1, "Sign-off"),
            new SignOffBlock(
            [
                new SignOffEntry("Dana Whitfield", "Facilitator", "2026-03-17"),
                new SignOffEntry("Sam Okafor", "Engineering manager, Payments", null),
                new SignOffEntry("Priya Raman", "Reviewer, SRE", null),
            ]),
        ],
    };

    /// <summary>The title block the layout makes: the id as kicker, the title, severity and status badges.</summary>
    public static TitleBlock Title(DocumentSettings settings) => new(settings.Subject, [T(settings.Title)],
        [new Badge("Severity: High", "severity-high"), settings.IsDraft ? new Badge("Draft", "status-draft") : new Badge("Final", "status-final")]);

    public static TableBlock Timeline(int rows)
    {
        var kinds = new[] { "detection", "response", "escalation", "mitigation", "other", "resolution" };
        var body = new List<TableRow>();
        var start = new DateTime(2026, 3, 14, 10, 12, 0);
        for (var i = 0; i < rows; i++)
        {
            var kind = kinds[i % kinds.Length];
            var at = start.AddMinutes(i * 2.5).ToString("HH:mm");
            var what = i % 7 == 3
                ? $"Rolled back the Helm release to revision {40 + i}, waited for pods to restart, then checked pool metrics on every replica before declaring the step done."
                : $"Step {i + 1}: {kind} work on checkout-api";
            body.Add(Row(Cell(at), Cell(what), Cell(i % 4 == 0 ? "PagerDuty → on-call Payments SRE" : "Dana"), Cell(kind)));
        }
        return new TableBlock(
            [new TableColumn(ColumnAlignment.Left, 1), new TableColumn(ColumnAlignment.Left, 5),
             new TableColumn(ColumnAlignment.Left, 2.2), new TableColumn(ColumnAlignment.Left, 1.4)],
            Row("Time", "Event", "By", "Kind"), body);
    }

    public static TableBlock ActionItems() => new(
        [new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left),
         new TableColumn(ColumnAlignment.Center), new TableColumn(ColumnAlignment.Right), new TableColumn(ColumnAlignment.Center)],
        Row("ID", "Action", "Owner", "Priority", "Due", "Status"),
        [
            new TableRow([Cell("A1"), Cell("Alert when pool usage > 80% for 5 min"), Cell("Payments SRE"), Cell("P0", "priority-p0"), Cell("2026-03-21"), Cell("done", "status-done")], "action-a1"),
            new TableRow([Cell("A2"), Cell("Separate health-check threads from request workers"), Cell("Checkout team"), Cell("P1", "priority-p1"), Cell("2026-04-04"), Cell("in progress", "status-in_progress")], "action-a2"),
            new TableRow([Cell("A3"), Cell([T("Lint Helm values so production cannot inherit "), C("values-staging.yaml")]), Cell("Platform"), Cell("P2", "priority-p2"), Cell("2026-04-30"), Cell("open", "status-open")], "action-a3"),
        ]);
}
