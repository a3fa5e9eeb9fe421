using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The incident format (version 1), declared once: every key with its YAML name, shape (type, enum),
/// whether it is required, what it means, and its binding to the model (<c>get</c> reads the model value, <c>set</c>
/// copies the record with it). The validator, the binder, the JSON Schema (<c>reportgen schema</c>), the template
/// model layouts see and the layout README's field table all read this one tree. Adding a field: a property on the
/// model record, one line here, and its use in the layout (the schema file and the README table are regenerated).</summary>
internal static class IncidentFormat
{
    public static readonly EnumShape<Severity> Severities = new("severity", anyCase: true);
    public static readonly EnumShape<IncidentStatus> Statuses = new("status", labels: (IncidentStatus.Review, "In review"));
    public static readonly EnumShape<TimelineKind> TimelineKinds = new("timeline kind", labels: (TimelineKind.Other, null));
    public static readonly EnumShape<Priority> Priorities = new("priority", name: p => p.ToString());
    public static readonly EnumShape<ActionStatus> ActionStatuses = new("action item status", labels: (ActionStatus.WontDo, "Won't do"));
    public static readonly EnumShape<DocumentationKind> DocumentationKinds = new("documentation kind");
    public static readonly EnumShape<ApprovalDecision> Decisions = new("approval decision");

    private static readonly TextShape Text = new();
    private static readonly TextShape Md = new(markdown: true);
    private static readonly TextShape NumberOrText = new(numberAllowed: true);
    private static readonly TextShape Link = new(link: true);
    private static readonly ListShape<string> TextList = new(Text);
    private static readonly ListShape<string> MdList = new(Md);
    private static readonly TimestampShape Timestamp = new();
    private static readonly DateShape Date = new();

    public static readonly ObjectShape<TimelineEntry> TimelineEntry = new ObjectShape<TimelineEntry>("a timeline entry", new() { At = default, AtText = "", Event = "" })
        .Req("at", new TimelineTimeShape(), "When: HH:MM on the day of started_at in the report's zone (rolling over midnight), or a full timestamp.",
            e => e.At, (e, v) => e with { At = v.At, AtText = v.Text })
        .Req("event", Md, "What happened.", e => e.Event, (e, v) => e with { Event = v })
        .Opt("by", Text, "Who discovered or acted.", e => e.By, (e, v) => e with { By = v })
        .Opt("kind", TimelineKinds, "What the step was (default other).", e => e.Kind, (e, v) => e with { Kind = v })
        .Opt("source", Link, "Link to the alert, chat message or ticket the entry came from.", e => e.Source, (e, v) => e with { Source = v });

    public static readonly ObjectShape<Figure> Figure = new ObjectShape<Figure>("a figure", new() { Title = "", Path = "", FullPath = "" })
        .Req("title", Text, "Caption.", f => f.Title, (f, v) => f with { Title = v })
        .Req("path", new FigurePathShape(), "PNG, JPEG or SVG file, relative to the incident file and inside its folder.",
            f => f.Path, (f, v) => f with { Path = v.Written, FullPath = v.Full })
        .Opt("alt", Text, "Text for screen readers: what the image shows (default: the title).", f => f.AltText, (f, v) => f with { Alt = v });

    private static readonly ObjectShape<ExternalImpact> External = new ObjectShape<ExternalImpact>("external impact", new())
        .Opt("affected_users", NumberOrText, "A number or text (\"about 12% of EU customers\").", e => e.AffectedUsers, (e, v) => e with { AffectedUsers = v })
        .Opt("features_unavailable", TextList, "Features that were unavailable.", e => e.FeaturesUnavailable, (e, v) => e with { FeaturesUnavailable = v })
        .Opt("user_experience", Md, "What users saw.", e => e.UserExperience, (e, v) => e with { UserExperience = v })
        .Opt("business", Md, "Revenue, customers, SLA violation.", e => e.Business, (e, v) => e with { Business = v });

    private static readonly ObjectShape<InternalImpact> Internal = new ObjectShape<InternalImpact>("internal impact", new())
        .Opt("teams", TextList, "Teams involved.", i => i.Teams, (i, v) => i with { Teams = v })
        .Opt("services", TextList, "Services affected.", i => i.Services, (i, v) => i with { Services = v })
        .Opt("data_consistency", Md, "Data consistency.", i => i.DataConsistency, (i, v) => i with { DataConsistency = v })
        .Opt("response_overhead", Md, "Response overhead.", i => i.ResponseOverhead, (i, v) => i with { ResponseOverhead = v });

    private static readonly ObjectShape<NamedValue> NamedFigure = new ObjectShape<NamedValue>("a named figure", new("", ""))
        .Req("name", Text, "Name of the figure.", n => n.Name, (n, v) => n with { Name = v })
        .Req("value", NumberOrText, "Value, with units.", n => n.Value, (n, v) => n with { Value = v });

    private static readonly ObjectShape<ImpactMetrics> Metrics = new ObjectShape<ImpactMetrics>("metrics", new())
        .Opt("traffic", Text, "Traffic, with units.", m => m.Traffic, (m, v) => m with { Traffic = v })
        .Opt("error_rate", Text, "Error rate, with units.", m => m.ErrorRate, (m, v) => m with { ErrorRate = v })
        .Opt("response_time", Text, "Response time, with units.", m => m.ResponseTime, (m, v) => m with { ResponseTime = v })
        .Opt("downtime", Text, "Downtime, with units.", m => m.Downtime, (m, v) => m with { Downtime = v })
        .Opt("other", new ListShape<NamedValue>(NamedFigure), "Further named figures.", m => m.Other, (m, v) => m with { Other = v });

    public static readonly ObjectShape<Impact> Impact = new ObjectShape<Impact>("impact", new())
        .Opt("external", External, "Impact on users and the business.", i => i.External, (i, v) => i with { External = v })
        .Opt("internal", Internal, "Impact inside the organisation.", i => i.Internal, (i, v) => i with { Internal = v })
        .Opt("metrics", Metrics, "Figures with units.", i => i.Metrics, (i, v) => i with { Metrics = v })
        .Opt("figures", new ListShape<Figure>(Figure), "Images (PNG, JPEG or SVG) relative to this file.", i => i.Figures, (i, v) => i with { Figures = v });

    private static readonly ObjectShape<WhyNotCaught> WhyNotCaught = new ObjectShape<WhyNotCaught>("why it was not caught", new())
        .Opt("monitoring", MdList, "Monitoring and alert gaps.", w => w.Monitoring, (w, v) => w with { Monitoring = v })
        .Opt("testing", MdList, "Testing gaps.", w => w.Testing, (w, v) => w with { Testing = v })
        .Opt("process", MdList, "Process gaps.", w => w.Process, (w, v) => w with { Process = v })
        .Opt("assumptions", MdList, "Assumptions that proved wrong.", w => w.Assumptions, (w, v) => w with { Assumptions = v });

    public static readonly ObjectShape<RootCause> RootCause = new ObjectShape<RootCause>("root cause", new() { WhatHappened = "", ImmediateCause = "" })
        .Req("what_happened", Md, "The blameless narrative.", r => r.WhatHappened, (r, v) => r with { WhatHappened = v })
        .Req("immediate_cause", Md, "The immediate cause.", r => r.ImmediateCause, (r, v) => r with { ImmediateCause = v })
        .Opt("contributing_factors", MdList, "Contributing factors.", r => r.ContributingFactors, (r, v) => r with { ContributingFactors = v })
        .Opt("systemic_issues", MdList, "Systemic issues.", r => r.SystemicIssues, (r, v) => r with { SystemicIssues = v })
        .Opt("why_not_caught", WhyNotCaught, "Why it was not caught earlier.", r => r.WhyNotCaught, (r, v) => r with { WhyNotCaught = v });

    private static readonly ObjectShape<Lessons> Lessons = new ObjectShape<Lessons>("lessons", new())
        .Opt("went_well", MdList, "What went well.", l => l.WentWell, (l, v) => l with { WentWell = v })
        .Opt("could_improve", MdList, "What could improve.", l => l.CouldImprove, (l, v) => l with { CouldImprove = v });

    public static readonly ObjectShape<ActionItem> ActionItem = new ObjectShape<ActionItem>("an action item", new() { Id = "", Action = "" })
        .Req("id", Text, "Unique id in the file (A1, A2...).", a => a.Id, (a, v) => a with { Id = v })
        .Req("action", Md, "Specific, measurable action.", a => a.Action, (a, v) => a with { Action = v })
        .Add("owner", Text, Need.RequiredForSignOff, "Person or team (required; a gap a draft may still have).", a => a.Owner, (a, v) => a with { Owner = v })
        .Add("due", Date, Need.RequiredForSignOff, "Due date (required; a gap a draft may still have).", a => a.Due, (a, v) => a with { Due = v })
        .Add("priority", Priorities, Need.RequiredForSignOff, "Priority (required; a gap a draft may still have).", a => a.Priority, (a, v) => a with { Priority = v })
        .Opt("status", ActionStatuses, "Progress (default open).", a => a.Status, (a, v) => a with { Status = v })
        .Opt("tracker", Link, "Link to the tracker.", a => a.Tracker, (a, v) => a with { Tracker = v });

    public static readonly ObjectShape<PreventionMeasure> PreventionMeasure = new ObjectShape<PreventionMeasure>("a prevention measure", new("", []))
        .Req("measure", Md, "The measure.", m => m.Measure, (m, v) => m with { Measure = v })
        .Opt("action_items", TextList, "Ids of the action items that carry it.", m => m.ActionItems, (m, v) => m with { ActionItems = v });

    private static readonly ListShape<PreventionMeasure> PreventionList =
        new(new TextOrObjectShape<PreventionMeasure>(Md, PreventionMeasure, text => new(text, [])));

    private static readonly ObjectShape<Prevention> Prevention = new ObjectShape<Prevention>("prevention", new())
        .Opt("short_term", PreventionList, "Short-term measures: text, or {measure, action_items}.", p => p.ShortTerm, (p, v) => p with { ShortTerm = v })
        .Opt("long_term", PreventionList, "Long-term measures: text, or {measure, action_items}.", p => p.LongTerm, (p, v) => p with { LongTerm = v });

    private static readonly ObjectShape<Snippet> Snippet = new ObjectShape<Snippet>("a snippet", new("", null, ""))
        .Req("title", Text, "Title.", s => s.Title, (s, v) => s with { Title = v })
        .Opt("language", Text, "Language for highlighting (e.g. ini, sql).", s => s.Language, (s, v) => s with { Language = v })
        .Req("code", new TextShape(placeholders: false), "The code or configuration, verbatim (not checked for placeholders).", s => s.Code, (s, v) => s with { Code = v });

    private static readonly ObjectShape<MonitoringGap> MonitoringGap = new ObjectShape<MonitoringGap>("a monitoring gap", new("", ""))
        .Req("alert", Text, "The alert.", g => g.Alert, (g, v) => g with { Alert = v })
        .Req("why_not_fired", Md, "Why it did not fire.", g => g.WhyNotFired, (g, v) => g with { WhyNotFired = v });

    private static readonly ObjectShape<DocumentationLink> DocumentationLink = new ObjectShape<DocumentationLink>("a documentation link", new("", "", DocumentationKind.Other))
        .Req("title", Text, "Title.", d => d.Title, (d, v) => d with { Title = v })
        .Req("url", Link, "Link.", d => d.Url, (d, v) => d with { Url = v })
        .Opt("kind", DocumentationKinds, "What it documents (default other).", d => d.Kind, (d, v) => d with { Kind = v });

    private static readonly ObjectShape<Appendices> Appendices = new ObjectShape<Appendices>("appendices", new())
        .Opt("snippets", new ListShape<Snippet>(Snippet), "Configuration or code at the time of the incident.", a => a.Snippets, (a, v) => a with { Snippets = v })
        .Opt("monitoring_gaps", new ListShape<MonitoringGap>(MonitoringGap), "Alerts that should have fired but did not.", a => a.MonitoringGaps, (a, v) => a with { MonitoringGaps = v })
        .Opt("documentation", new ListShape<DocumentationLink>(DocumentationLink), "Links.", a => a.Documentation, (a, v) => a with { Documentation = v });

    public static readonly ObjectShape<Approval> Approval = new ObjectShape<Approval>("an approval", new() { Name = "" })
        .Req("name", Text, "Who approves (each approver once).", a => a.Name, (a, v) => a with { Name = v.Trim() })
        .Opt("role", Text, "Their role (e.g. VP Engineering).", a => a.Role, (a, v) => a with { Role = v })
        .Opt("decision", Decisions, "What they decided (default pending); final requires approved.", a => a.Decision, (a, v) => a with { Decision = v })
        .Add("date", Date, Need.Optional, "Day of the decision: required once decided, absent while pending.", a => a.Date, (a, v) => a with { Date = v },
            new RequiredWhen("decision", Decisions.NamesExcept(ApprovalDecision.Pending), AbsentOtherwise: true))
        .Opt("comment", Md, "Conditions, requests or reasons.", a => a.Comment, (a, v) => a with { Comment = v });

    public static readonly ObjectShape<SignOff> SignOff = new ObjectShape<SignOff>("sign-off", new())
        .Opt("facilitated_by", Text, "Facilitator (required for sign-off).", s => s.FacilitatedBy, (s, v) => s with { FacilitatedBy = v })
        .Opt("reviewed_by", TextList, "Reviewers who read it, no decision recorded (at least one for sign-off).", s => s.ReviewedBy, (s, v) => s with { ReviewedBy = v })
        .Opt("date", Date, "Sign-off date (required for sign-off).", s => s.Date, (s, v) => s with { Date = v })
        .Opt("next_review", Date, "Next review (required for sign-off while an action item is not done).", s => s.NextReview, (s, v) => s with { NextReview = v })
        .Opt("approvals", new ListShape<Approval>(Approval), "Who must approve the postmortem, and what they decided (final requires every one approved).",
            s => s.Approvals, (s, v) => s with { Approvals = v });

    public static readonly ObjectShape<Incident> Incident = new ObjectShape<Incident>("the incident", new() { Id = "", Title = "", Severity = default, StartedAt = default })
        .Opt("format", new FormatVersionShape(), "Format version; the only one is 1.", i => i.Format, (i, v) => i with { Format = v })
        .Req("id", Text, "Incident id, free text (e.g. INC-2041).", i => i.Id, (i, v) => i with { Id = v })
        .Req("title", Text, "One-line title.", i => i.Title, (i, v) => i with { Title = v })
        .Req("severity", Severities, "Severity (any case).", i => i.Severity, (i, v) => i with { Severity = v })
        .Opt("status", Statuses, "Where the document stands (default draft); final requires sign-off readiness.", i => i.Status, (i, v) => i with { Status = v })
        .Req("started_at", Timestamp, "When the incident started (ISO 8601 with an offset or Z).", i => i.StartedAt, (i, v) => i with { StartedAt = v })
        .Opt("detected_at", Timestamp, "When it was detected. Default: the first timeline entry of kind detection.", i => i.DetectedAt, (i, v) => i with { DetectedAt = v })
        .Opt("mitigated_at", Timestamp, "When it was mitigated. Default: the last timeline entry of kind mitigation.", i => i.MitigatedAt, (i, v) => i with { MitigatedAt = v })
        .Add("resolved_at", Timestamp, Need.RequiredUnlessDraft, "When it was resolved; required unless status is draft.", i => i.ResolvedAt,
            (i, v) => i with { ResolvedAt = v }, new RequiredWhen("status", Statuses.NamesExcept(IncidentStatus.Draft)))
        .Opt("timezone", Text, "IANA zone the report shows times in (e.g. Europe/Berlin); default: started_at's offset.", i => i.TimeZone, (i, v) => i with { TimeZone = v.Trim() })
        .Opt("postmortem_date", Date, "Date of the postmortem (YYYY-MM-DD).", i => i.PostmortemDate, (i, v) => i with { PostmortemDate = v })
        .Opt("summary", Md, "Executive summary, two to five sentences.", i => i.Summary, (i, v) => i with { Summary = v })
        .Req("timeline", new ListShape<TimelineEntry>(TimelineEntry, minItems: 1), "What happened when; at least one entry.", i => i.Timeline, (i, v) => i with { Timeline = v })
        .Opt("impact", Impact, "Impact of the incident.", i => i.Impact, (i, v) => i with { Impact = v })
        .Opt("root_cause", RootCause, "Root cause analysis.", i => i.RootCause, (i, v) => i with { RootCause = v })
        .Opt("lessons", Lessons, "Lessons learned.", i => i.Lessons, (i, v) => i with { Lessons = v })
        .Opt("action_items", new ListShape<ActionItem>(ActionItem), "Follow-up actions.", i => i.ActionItems, (i, v) => i with { ActionItems = v })
        .Opt("prevention", Prevention, "Prevention measures.", i => i.Prevention, (i, v) => i with { Prevention = v })
        .Opt("appendices", Appendices, "Appendices.", i => i.Appendices, (i, v) => i with { Appendices = v })
        .Opt("signoff", SignOff, "Sign-off.", i => i.SignOff, (i, v) => i with { SignOff = v });
}
