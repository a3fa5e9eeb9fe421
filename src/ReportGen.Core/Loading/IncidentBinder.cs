using ReportGen.Core.Derivation;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Loading;

/// <summary>Builds the immutable <see cref="Incident"/> from a tree that passed validation: every value read here
/// was already checked and typed (see <see cref="YScalar.Value"/>), so binding is plain copying.</summary>
internal static class IncidentBinder
{
    public static Incident Bind(YMapping root, ReportClock.Resolved?[] times, string baseDirectory) => new()
    {
        Format = root.ValueOf<int>("format") ?? 1,
        Id = root.TextOf("id")!,
        Title = root.TextOf("title")!,
        Severity = (Severity)root.ValueOf<int>("severity")!.Value,
        Status = (IncidentStatus)(root.ValueOf<int>("status") ?? 0),
        StartedAt = root.ValueOf<DateTimeOffset>("started_at")!.Value,
        DetectedAt = root.ValueOf<DateTimeOffset>("detected_at"),
        MitigatedAt = root.ValueOf<DateTimeOffset>("mitigated_at"),
        ResolvedAt = root.ValueOf<DateTimeOffset>("resolved_at"),
        TimeZone = root.TextOf("timezone")?.Trim(),
        PostmortemDate = root.ValueOf<DateOnly>("postmortem_date"),
        Summary = root.TextOf("summary"),
        Timeline = Maps(root, "timeline").Select((e, i) => new TimelineEntry
        {
            At = times[i]!.Value.At,
            AtText = e.TextOfScalar("at"),
            Event = e.TextOf("event")!,
            By = e.TextOf("by"),
            Kind = (TimelineKind)(e.ValueOf<int>("kind") ?? (int)TimelineKind.Other),
        }).ToList(),
        Impact = root.Get("impact") is YMapping impact ? Impact(impact, baseDirectory) : null,
        RootCause = root.Get("root_cause") is YMapping rc ? RootCause(rc) : null,
        Lessons = root.Get("lessons") is YMapping l ? new Lessons { WentWell = Texts(l, "went_well"), CouldImprove = Texts(l, "could_improve") } : null,
        ActionItems = Maps(root, "action_items").Select(a => new ActionItem
        {
            Id = a.TextOf("id")!,
            Action = a.TextOf("action")!,
            Owner = a.TextOf("owner"),
            Due = a.ValueOf<DateOnly>("due"),
            Priority = (Priority?)a.ValueOf<int>("priority"),
            Status = (ActionStatus)(a.ValueOf<int>("status") ?? 0),
            Tracker = a.TextOf("tracker"),
        }).ToList(),
        Prevention = root.Get("prevention") is YMapping p ? new Prevention { ShortTerm = Measures(p, "short_term"), LongTerm = Measures(p, "long_term") } : null,
        Appendices = root.Get("appendices") is YMapping ap ? Appendices(ap) : null,
        SignOff = root.Get("signoff") is YMapping s ? new SignOff
        {
            FacilitatedBy = s.TextOf("facilitated_by"),
            ReviewedBy = Texts(s, "reviewed_by"),
            Date = s.ValueOf<DateOnly>("date"),
            NextReview = s.ValueOf<DateOnly>("next_review"),
        } : null,
    };

    private static Impact Impact(YMapping m, string baseDirectory) => new()
    {
        External = m.Get("external") is YMapping e ? new ExternalImpact
        {
            AffectedUsers = e.TextOf("affected_users"),
            FeaturesUnavailable = Texts(e, "features_unavailable"),
            UserExperience = e.TextOf("user_experience"),
            Business = e.TextOf("business"),
        } : null,
        Internal = m.Get("internal") is YMapping i ? new InternalImpact
        {
            Teams = Texts(i, "teams"),
            Services = Texts(i, "services"),
            DataConsistency = i.TextOf("data_consistency"),
            ResponseOverhead = i.TextOf("response_overhead"),
        } : null,
        Metrics = m.Get("metrics") is YMapping x ? new ImpactMetrics
        {
            Traffic = x.TextOf("traffic"),
            ErrorRate = x.TextOf("error_rate"),
            ResponseTime = x.TextOf("response_time"),
            Downtime = x.TextOf("downtime"),
            Other = Maps(x, "other").Select(o => new NamedValue(o.TextOf("name")!, o.TextOf("value")!)).ToList(),
        } : null,
        Figures = Maps(m, "figures").Select(f => new Figure
        {
            Title = f.TextOf("title")!,
            Path = f.TextOf("path")!,
            FullPath = FigurePaths.Resolve(baseDirectory, f.TextOf("path")!, out _)!,
        }).ToList(),
    };

    private static RootCause RootCause(YMapping m) => new()
    {
        WhatHappened = m.TextOf("what_happened")!,
        ImmediateCause = m.TextOf("immediate_cause")!,
        ContributingFactors = Texts(m, "contributing_factors"),
        SystemicIssues = Texts(m, "systemic_issues"),
        WhyNotCaught = m.Get("why_not_caught") is YMapping w ? new WhyNotCaught
        {
            Monitoring = Texts(w, "monitoring"),
            Testing = Texts(w, "testing"),
            Process = Texts(w, "process"),
            Assumptions = Texts(w, "assumptions"),
        } : null,
    };

    private static Appendices Appendices(YMapping m) => new()
    {
        Snippets = Maps(m, "snippets").Select(s => new Snippet(s.TextOf("title")!, s.TextOf("language"), CodeOf(s))).ToList(),
        MonitoringGaps = Maps(m, "monitoring_gaps").Select(g => new MonitoringGap(g.TextOf("alert")!, g.TextOf("why_not_fired")!)).ToList(),
        Documentation = Maps(m, "documentation").Select(d => new DocumentationLink(d.TextOf("title")!, d.TextOf("url")!,
            (DocumentationKind)(d.ValueOf<int>("kind") ?? (int)DocumentationKind.Other))).ToList(),
    };

    /// <summary>Code keeps its indentation; only the trailing line break of a block scalar goes.</summary>
    private static string CodeOf(YMapping s) => s.TextOf("code")!;

    private static List<PreventionMeasure> Measures(YMapping m, string key) =>
        (m.Get(key) as YSequence)?.Items.Select(n => n switch
        {
            YMapping map => new PreventionMeasure(map.TextOf("measure")!, Texts(map, "action_items")),
            _ => new PreventionMeasure((string)((YScalar)n).Value!, []),
        }).ToList() ?? [];

    private static IEnumerable<YMapping> Maps(YMapping m, string key) =>
        (m.Get(key) as YSequence)?.Items.OfType<YMapping>() ?? [];

    private static List<string> Texts(YMapping m, string key) =>
        (m.Get(key) as YSequence)?.Items.Select(n => (string)((YScalar)n).Value!).ToList() ?? [];
}
