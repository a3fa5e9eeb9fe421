using ReportGen.Document;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests.Support;

/// <summary>A complete, realistic postmortem as the layout would produce it: every block type, the kinds of inline
/// formatting, internal and external links, toned cells, a picture and the timeline figure.</summary>
internal static class PostmortemFixture
{
    public const string Title = "Checkout outage: payment API returned 502 for 47 minutes";
    public static readonly DateTimeOffset Created = new(2024, 3, 18, 9, 30, 0, TimeSpan.Zero);
    public static readonly ImageData MetricsPng = TestPng.Create(320, 160);

    public static ReportDocument Create(bool draft = true, IReadOnlyList<Block>? extraBlocks = null) => new()
    {
        Settings = new DocumentSettings
        {
            Title = Title,
            Subject = "INC-2024-0042",
            Author = "Dana Whitfield",
            Keywords = ["SEV-1", "draft"],
            HeaderLeft = "INC-2024-0042",
            HeaderRight = Title,
            FooterText = "Internal · Payments platform",
            IsDraft = draft,
            Created = Created,
        },
        Theme = new Theme(),
        Blocks = WithContents([.. Blocks(), .. extraBlocks ?? []], after: 2),
    };

    /// <summary>The blocks with a table of contents inserted after the block at <paramref name="after"/>.</summary>
    public static List<Block> WithContents(List<Block> blocks, int after)
    {
        blocks.Insert(after + 1, TableOfContentsBlock.For("Contents", blocks, 3));
        return blocks;
    }

    private static TimelineChart Chart()
    {
        var start = new DateTimeOffset(2024, 3, 14, 14, 2, 0, TimeSpan.Zero);
        return new TimelineChart(start, start.AddMinutes(52), start.AddMinutes(6), start.AddMinutes(31), start.AddMinutes(47),
            [new TimelineMark(start.AddMinutes(6), "detection", "Pager fires")]);
    }

    private static IEnumerable<Block> Blocks()
    {
        yield return new TitleBlock("INC-2024-0042", [T(Title)],
            [new Badge("SEV-1", "severity-critical"), new Badge("Draft", "status-draft")])
        {
            Subtitle = [T("14 March 2024, 14:02–14:49 UTC")],
        };
        yield return new KeyFiguresBlock([
            new KeyFigure("Severity", "SEV-1", "severity-critical"),
            new KeyFigure("Time to detect", "6 min"),
            new KeyFigure("Time to mitigate", "31 min"),
            new KeyFigure("Time to resolve", "47 min"),
            new KeyFigure("Affected users", "18,400"),
        ]);
        yield return new CalloutBlock("summary", "Executive summary", [
            P(T("A configuration push reduced the payment API's connection pool from 200 to "), B(T("20")),
              T(" connections. Under the lunchtime peak, checkout requests queued and the load balancer returned 502 errors to "),
              I(T("about 18,400 customers")), T(". We rolled the change back at 14:33 and the backlog cleared by 14:49.")),
        ]);

        yield return H(1, "Timeline", "timeline");
        yield return new TimelineFigureBlock(Chart(), "Figure 1. The incident at a glance", "Timeline of the incident phases");
        yield return TimelineTable();

        yield return H(1, "Impact", "impact");
        yield return H(2, "External impact", "external-impact");
        yield return P(T("Customers saw "), C("HTTP 502"), T(" on the payment step; "), B(T("no payment was charged twice")),
            T(". Status page: "), Link("https://status.example.com/incidents/42", "status.example.com"), T("."));
        yield return Bullets(
            Item("Web checkout: 94% of attempts failed between 14:10 and 14:33",
                Bullets(Item("EU region hit first"), Item("US region from 14:15"))),
            Item("Mobile app: retries hid most failures"),
            Item(T("Partner API: see "), Link("#action-a3", "action A3")));
        yield return H(2, "Metrics", "metrics");
        yield return new FigureBlock("charts/error-rate.png", "Figure 2. 5xx error rate, 14:00–15:00 UTC", "Error rate chart", MetricsPng);

        yield return H(1, "Root cause analysis", "root-cause-analysis");
        yield return H(2, "What happened", "what-happened");
        yield return P("The pool size is read from the service's YAML configuration at start-up. A refactoring renamed the key, so the default of 20 applied.");
        yield return H(3, "Immediate cause", "immediate-cause");
        yield return P(T("The key "), C("payments.pool.max_size"), T(" was renamed to "), C("payments.pool.size"), T(" without a migration."));
        yield return new CodeBlock("payments:\n  pool:\n\tsize: 200      # new name\n    max_size: 20 # old default\n\n# end", "yaml");
        yield return H(3, "Contributing factors", "contributing-factors");
        yield return Numbered(1,
            Item("The canary stage ran at night with little traffic",
                Numbered(1, Item("Its error budget never moved"), Item("Nobody looked at its latency"))),
            Item("The alert threshold was set for the old pool size"));
        yield return new CalloutBlock("warning", "Why it wasn't caught", [
            P("Configuration changes skip the load test. The review checklist asks about code, not about defaults.")]);

        yield return H(1, "Action items", "action-items");
        yield return ActionTable();

        yield return H(1, "Prevention", "prevention");
        yield return P(T("Schema-checked configuration ("), Link("#action-a1", "A1"), T(") and load-tested canaries ("),
            Link("#action-a2", "A2"), T(") close the two gaps."));
        yield return new PageBreakBlock();
        yield return H(1, "Appendix", "appendix");
        yield return H(2, "Documentation", "documentation");
        yield return Bullets(
            Item(Link("https://wiki.example.com/payments/runbook", "Payments runbook")),
            Item(Link("https://tracker.example.com/browse/PAY-1234", "PAY-1234 rollback ticket")));
        yield return new RuleBlock();
        yield return H(1, "Sign-off", "sign-off");
        yield return new SignOffBlock([
            new SignOffEntry("Dana Whitfield", "Facilitator", "2024-03-18"),
            new SignOffEntry("Ravi Menon", "Reviewer", null),
            new SignOffEntry("Chloé Durand", "Reviewer", null),
        ]);
    }

    private static TableBlock TimelineTable() => new(
        [new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left), new TableColumn(ColumnAlignment.Left)],
        Row(Cell("Time (UTC)"), Cell("Event"), Cell("Kind")),
        [
            Row(Cell("14:02"), Cell("Configuration push reaches all payment API pods"), Cell("other")),
            Row(Cell("14:08"), Cell("Pager fires: checkout 5xx rate above 5% for 5 minutes"), Cell("detection")),
            Row(Cell("14:12"), Cell("Incident declared, Dana Whitfield takes command"), Cell("response")),
            Row(Cell("14:19"), Cell("Payments on-call escalates to the platform team"), Cell("escalation")),
            Row(Cell("14:33"), Cell("Configuration rolled back; error rate falls"), Cell("mitigation")),
            Row(Cell("14:49"), Cell("Queue drained, all checks green"), Cell("resolution")),
        ]);

    private static TableBlock ActionTable() => new(
        [new(ColumnAlignment.Left), new(ColumnAlignment.Left), new(ColumnAlignment.Left), new(ColumnAlignment.Center),
         new(ColumnAlignment.Left), new(ColumnAlignment.Left)],
        Row(Cell("ID"), Cell("Action"), Cell("Owner"), Cell("Priority"), Cell("Due"), Cell("Status")),
        [
            Row("action-a1", Cell("A1"), Cell("Validate service configuration against a schema in CI"), Cell("Ravi Menon"),
                Cell("P0", "priority-p0"), Cell("2024-03-29"), Cell("in progress", "status-in_progress")),
            Row("action-a2", Cell("A2"), Cell("Run canaries under replayed production traffic"), Cell("Chloé Durand"),
                Cell("P1", "priority-p1"), Cell("2024-04-30"), Cell("open", "status-open")),
            Row("action-a3", Cell("A3"), Cell(T("Tell partners about retry headers; see "), Link("https://docs.example.com/retry", "retry docs")),
                Cell("Dana Whitfield"), Cell("P2", "priority-p2"), Cell("2024-04-05"), Cell("done", "status-done")),
            Row("action-a4", Cell("A4"), Cell("Alert on pool saturation, not only on 5xx rate"), Cell("Ravi Menon"),
                Cell("P1", "priority-p1"), Cell("2024-04-12"), Cell("open", "status-open")),
        ]);
}
