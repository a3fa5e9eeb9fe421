namespace ReportGen.Core.Validation;

/// <summary>The incident format (version 1) as rule definitions: every key, its shape, whether it is required and
/// what it means. The validator, the JSON Schema (<c>reportgen schema</c>) and the tests all read this one tree.
/// Enum value lists are in the order of the model's enums.</summary>
internal static class IncidentRules
{
    public static readonly EnumShape Severity = new("severity", anyCase: true, "critical", "high", "medium", "low");
    public static readonly EnumShape Status = new("status", anyCase: false, "draft", "review", "final");
    public static readonly EnumShape TimelineKind = new("timeline kind", anyCase: false,
        "detection", "response", "escalation", "mitigation", "resolution", "other");
    public static readonly EnumShape Priority = new("priority", anyCase: false, "P0", "P1", "P2", "P3");
    public static readonly EnumShape ActionStatus = new("action item status", anyCase: false, "open", "in_progress", "done", "wont_do");
    public static readonly EnumShape DocumentationKind = new("documentation kind", anyCase: false, "runbook", "alerting", "deployment", "other");

    private static readonly TextShape Text = new();
    private static readonly TextShape Md = new(markdown: true);
    private static readonly ListShape TextList = new(Text);
    private static readonly ListShape MdList = new(Md);

    private static Field Opt(string key, Shape shape, string description) => new(key, shape, Need.Optional, description);
    private static Field Req(string key, Shape shape, string description) => new(key, shape, Need.Required, description);

    public static readonly ObjectShape TimelineEntry = new("a timeline entry",
        Req("at", new TimelineTimeShape(), "When: HH:MM on the day of started_at in the report's zone (rolling over midnight), or a full timestamp."),
        Req("event", Md, "(Markdown) What happened."),
        Opt("by", Text, "Who discovered or acted."),
        Opt("kind", TimelineKind, "detection | response | escalation | mitigation | resolution | other (default other)."));

    public static readonly ObjectShape Figure = new("a figure",
        Req("title", Text, "Caption."),
        Req("path", Text, "PNG, JPEG or SVG file, relative to the incident file and inside its folder."));

    public static readonly ObjectShape Impact = new("impact",
        Opt("external", new ObjectShape("external impact",
            Opt("affected_users", new TextShape(numberAllowed: true), "A number or text (\"about 12% of EU customers\")."),
            Opt("features_unavailable", TextList, "Features that were unavailable."),
            Opt("user_experience", Md, "(Markdown) What users saw."),
            Opt("business", Md, "(Markdown) Revenue, customers, SLA violation.")), "Impact on users and the business."),
        Opt("internal", new ObjectShape("internal impact",
            Opt("teams", TextList, "Teams involved."),
            Opt("services", TextList, "Services affected."),
            Opt("data_consistency", Md, "(Markdown) Data consistency."),
            Opt("response_overhead", Md, "(Markdown) Response overhead.")), "Impact inside the organisation."),
        Opt("metrics", new ObjectShape("metrics",
            Opt("traffic", Text, "Traffic, with units."),
            Opt("error_rate", Text, "Error rate, with units."),
            Opt("response_time", Text, "Response time, with units."),
            Opt("downtime", Text, "Downtime, with units."),
            Opt("other", new ListShape(new ObjectShape("a named figure",
                Req("name", Text, "Name of the figure."),
                Req("value", new TextShape(numberAllowed: true), "Value, with units."))), "Further named figures.")), "Figures with units."),
        Opt("figures", new ListShape(Figure), "Images (PNG, JPEG or SVG) relative to this file."));

    public static readonly ObjectShape RootCause = new("root cause",
        Req("what_happened", Md, "(Markdown) The blameless narrative."),
        Req("immediate_cause", Md, "(Markdown) The immediate cause."),
        Opt("contributing_factors", MdList, "(Markdown) Contributing factors."),
        Opt("systemic_issues", MdList, "(Markdown) Systemic issues."),
        Opt("why_not_caught", new ObjectShape("why it was not caught",
            Opt("monitoring", MdList, "(Markdown) Monitoring and alert gaps."),
            Opt("testing", MdList, "(Markdown) Testing gaps."),
            Opt("process", MdList, "(Markdown) Process gaps."),
            Opt("assumptions", MdList, "(Markdown) Assumptions that proved wrong.")), "Why it was not caught earlier."));

    public static readonly ObjectShape ActionItem = new("an action item",
        Req("id", Text, "Unique id in the file (A1, A2...)."),
        Req("action", Md, "(Markdown) Specific, measurable action."),
        new("owner", Text, Need.RequiredForSignOff, "Person or team (required; a gap a draft may still have)."),
        new("due", new DateShape(), Need.RequiredForSignOff, "Due date (required; a gap a draft may still have)."),
        new("priority", Priority, Need.RequiredForSignOff, "P0 | P1 | P2 | P3 (required; a gap a draft may still have)."),
        Opt("status", ActionStatus, "open | in_progress | done | wont_do (default open)."),
        Opt("tracker", Text, "Link to the tracker."));

    public static readonly ObjectShape PreventionMeasure = new("a prevention measure",
        Req("measure", Md, "(Markdown) The measure."),
        Opt("action_items", TextList, "Ids of the action items that carry it."));

    private static readonly ListShape PreventionList = new(new TextOrObjectShape(Md, PreventionMeasure));

    public static readonly ObjectShape Incident = new("the incident",
        Opt("format", new FormatVersionShape(), "Format version; the only one is 1."),
        Req("id", Text, "Incident id, free text (e.g. INC-2041)."),
        Req("title", Text, "One-line title."),
        Req("severity", Severity, "critical | high | medium | low (any case)."),
        Opt("status", Status, "draft | review | final (default draft). final requires sign-off readiness."),
        Req("started_at", new TimestampShape(), "When the incident started (ISO 8601 with an offset or Z)."),
        Opt("detected_at", new TimestampShape(), "Default: the first timeline entry of kind detection."),
        Opt("mitigated_at", new TimestampShape(), "Default: the last timeline entry of kind mitigation."),
        new("resolved_at", new TimestampShape(), Need.RequiredUnlessDraft, "When it was resolved; required unless status is draft."),
        Opt("timezone", Text, "IANA zone the report shows times in (e.g. Europe/Berlin); default: started_at's offset."),
        Opt("postmortem_date", new DateShape(), "Date of the postmortem (YYYY-MM-DD)."),
        Opt("summary", Md, "(Markdown) Executive summary, two to five sentences."),
        Req("timeline", new ListShape(TimelineEntry, minItems: 1), "What happened when; at least one entry."),
        Opt("impact", Impact, "Impact of the incident."),
        Opt("root_cause", RootCause, "Root cause analysis."),
        Opt("lessons", new ObjectShape("lessons",
            Opt("went_well", MdList, "(Markdown) What went well."),
            Opt("could_improve", MdList, "(Markdown) What could improve.")), "Lessons learned."),
        Opt("action_items", new ListShape(ActionItem), "Follow-up actions."),
        Opt("prevention", new ObjectShape("prevention",
            Opt("short_term", PreventionList, "Short-term measures: text, or {measure, action_items}."),
            Opt("long_term", PreventionList, "Long-term measures: text, or {measure, action_items}.")), "Prevention measures."),
        Opt("appendices", new ObjectShape("appendices",
            Opt("snippets", new ListShape(new ObjectShape("a snippet",
                Req("title", Text, "Title."),
                Opt("language", Text, "Language for highlighting (e.g. ini, sql)."),
                Req("code", new TextShape(placeholders: false), "The code or configuration, verbatim (not checked for placeholders)."))), "Configuration or code at the time of the incident."),
            Opt("monitoring_gaps", new ListShape(new ObjectShape("a monitoring gap",
                Req("alert", Text, "The alert."),
                Req("why_not_fired", Md, "(Markdown) Why it did not fire."))), "Alerts that should have fired but did not."),
            Opt("documentation", new ListShape(new ObjectShape("a documentation link",
                Req("title", Text, "Title."),
                Req("url", Text, "Link."),
                Opt("kind", DocumentationKind, "runbook | alerting | deployment | other (default other)."))), "Links.")), "Appendices."),
        Opt("signoff", new ObjectShape("sign-off",
            Opt("facilitated_by", Text, "Facilitator (required for sign-off)."),
            Opt("reviewed_by", TextList, "Reviewers (at least one for sign-off)."),
            Opt("date", new DateShape(), "Sign-off date (required for sign-off)."),
            Opt("next_review", new DateShape(), "Next review (required for sign-off while an action item is not done).")), "Sign-off."));
}
