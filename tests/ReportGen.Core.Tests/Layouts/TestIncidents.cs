using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Incidents built in code for layout tests: a full one with every section and a minimal one.</summary>
internal static class TestIncidents
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 12, 0, TimeSpan.Zero);

    public static Incident Minimal(string title = "Search latency spike") => new()
    {
        Id = "INC-7",
        Title = title,
        Severity = Severity.Low,
        StartedAt = Start,
        Timeline = [new TimelineEntry { At = Start, AtText = "09:12", Event = "Latency alert fired", Kind = TimelineKind.Detection }],
    };

    public static Incident Full() => Minimal("Checkout API returned 503s") with
    {
        Id = "INC-2041",
        Severity = Severity.High,
        Status = IncidentStatus.Final,
        ResolvedAt = Start.AddMinutes(155),
        TimeZone = "UTC",
        PostmortemDate = new DateOnly(2026, 3, 17),
        Summary = "Checkout failed for **48,000** users.\n\nThe pool was exhausted.",
        Timeline =
        [
            new TimelineEntry { At = Start, AtText = "09:12", Event = "Error-rate alert fired", By = "PagerDuty", Kind = TimelineKind.Detection },
            new TimelineEntry { At = Start.AddMinutes(106), AtText = "10:58", Event = "Pool raised to `120`", Kind = TimelineKind.Mitigation },
            new TimelineEntry { At = Start.AddMinutes(155), AtText = "11:47", Event = "Error rate back to baseline", Kind = TimelineKind.Resolution },
        ],
        Impact = new Impact
        {
            External = new ExternalImpact { AffectedUsers = "48000", FeaturesUnavailable = ["Checkout", "Saved carts"], UserExperience = "Users saw *errors*.", Business = "About EUR 310k delayed." },
            Internal = new InternalImpact { Teams = ["Payments SRE"], Services = ["checkout-api"], DataConsistency = "No data lost.", ResponseOverhead = "Six engineers for three hours." },
            Metrics = new ImpactMetrics { ErrorRate = "38% of requests", Downtime = "2 h 35 min", Other = [new NamedValue("Orders lost", "~1,900")] },
        },
        RootCause = new RootCause
        {
            WhatHappened = "A deploy doubled connections per pod.",
            ImmediateCause = "Pool exhausted.",
            ContributingFactors = ["No pool alert", "Load test skipped"],
            SystemicIssues = ["Limits live in three repos"],
            WhyNotCaught = new WhyNotCaught { Monitoring = ["No saturation alert"], Testing = ["Staging pool is larger"], Process = ["Change review skipped"], Assumptions = ["Pool was sized for 2x"] },
        },
        Lessons = new Lessons { WentWell = ["Fast rollback"], CouldImprove = ["Alert on saturation"] },
        ActionItems =
        [
            new ActionItem { Id = "A1", Action = "Alert when pool usage > 80%", Owner = "Payments SRE", Due = new DateOnly(2026, 4, 1), Priority = Priority.P0, Status = ActionStatus.InProgress, Tracker = "https://tracker.example/PAY-1" },
            new ActionItem { Id = "A2", Action = "Load-test checkout", Owner = "QA", Due = new DateOnly(2026, 4, 15), Priority = Priority.P2, Status = ActionStatus.Done },
        ],
        Prevention = new Prevention
        {
            ShortTerm = [new PreventionMeasure("Raised pool size", [])],
            LongTerm = [new PreventionMeasure("Load-test before each release", ["A1", "A2"])],
        },
        Appendices = new Appendices
        {
            Snippets = [new Snippet("pgbouncer.ini", "ini", "[pgbouncer]\npool_size = 50\n```")],
            MonitoringGaps = [new MonitoringGap("DB pool saturation", "No alert existed")],
            Documentation = [new DocumentationLink("Checkout runbook", "https://wiki.example/runbooks/checkout", DocumentationKind.Runbook)],
        },
        SignOff = new SignOff { FacilitatedBy = "Dana Kim", ReviewedBy = ["Sam Ortiz", "Priya Raman"], Date = new DateOnly(2026, 3, 18), NextReview = new DateOnly(2026, 4, 18) },
    };

    /// <summary>The figures the loader would derive (UTC zone).</summary>
    public static IncidentFigures FiguresOf(Incident i)
    {
        var sorted = i.Timeline.OrderBy(e => e.At).ToList();
        var detected = i.DetectedAt ?? sorted.FirstOrDefault(e => e.Kind == TimelineKind.Detection)?.At;
        var mitigated = i.MitigatedAt ?? sorted.LastOrDefault(e => e.Kind == TimelineKind.Mitigation)?.At;
        var duration = i.ResolvedAt - i.StartedAt;
        return new IncidentFigures
        {
            TimeZone = TimeZoneInfo.Utc,
            DetectedAt = detected,
            MitigatedAt = mitigated,
            Duration = duration,
            TimeToDetect = detected - i.StartedAt,
            TimeToMitigate = mitigated - i.StartedAt,
            TimeToResolve = duration,
            SortedTimeline = sorted,
        };
    }
}
