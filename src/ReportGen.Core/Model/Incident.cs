namespace ReportGen.Core.Model;

/// <summary>One incident, as described by an incident file (format version 1). Immutable; built by the loader
/// only after validation, so required values are present. Text marked (md) in the format holds Markdown.</summary>
public sealed record Incident
{
    /// <summary>Format version (1).</summary>
    public int Format { get; init; } = 1;
    /// <summary>Incident id, free text (e.g. INC-2041).</summary>
    public required string Id { get; init; }
    /// <summary>One-line title.</summary>
    public required string Title { get; init; }
    /// <summary>Severity.</summary>
    public required Severity Severity { get; init; }
    /// <summary>Document status (draft by default).</summary>
    public IncidentStatus Status { get; init; } = IncidentStatus.Draft;
    /// <summary>When the incident started.</summary>
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary>When it was detected, as written (see <see cref="IncidentFigures.DetectedAt"/> for the effective value).</summary>
    public DateTimeOffset? DetectedAt { get; init; }
    /// <summary>When it was mitigated, as written.</summary>
    public DateTimeOffset? MitigatedAt { get; init; }
    /// <summary>When it was resolved (required unless draft).</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>IANA zone id the report shows times in, as written; null: started_at's offset.</summary>
    public string? TimeZone { get; init; }
    /// <summary>Date of the postmortem meeting.</summary>
    public DateOnly? PostmortemDate { get; init; }
    /// <summary>(md) Executive summary.</summary>
    public string? Summary { get; init; }
    /// <summary>Timeline entries, in file order.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    /// <summary>Impact section.</summary>
    public Impact? Impact { get; init; }
    /// <summary>Root cause analysis.</summary>
    public RootCause? RootCause { get; init; }
    /// <summary>Lessons learned.</summary>
    public Lessons? Lessons { get; init; }
    /// <summary>Action items, in file order.</summary>
    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];
    /// <summary>Prevention measures.</summary>
    public Prevention? Prevention { get; init; }
    /// <summary>Appendices.</summary>
    public Appendices? Appendices { get; init; }
    /// <summary>Sign-off.</summary>
    public SignOff? SignOff { get; init; }
}

/// <summary>Incident severity.</summary>
public enum Severity
{
    /// <summary>critical</summary>
    Critical,
    /// <summary>high</summary>
    High,
    /// <summary>medium</summary>
    Medium,
    /// <summary>low</summary>
    Low,
}

/// <summary>Where the postmortem document stands.</summary>
public enum IncidentStatus
{
    /// <summary>Being written.</summary>
    Draft,
    /// <summary>Out for review: sign-off gaps are warnings.</summary>
    Review,
    /// <summary>Signed off: sign-off gaps are errors.</summary>
    Final,
}

/// <summary>Kind of a timeline entry.</summary>
public enum TimelineKind
{
    /// <summary>detection</summary>
    Detection,
    /// <summary>response</summary>
    Response,
    /// <summary>escalation</summary>
    Escalation,
    /// <summary>mitigation</summary>
    Mitigation,
    /// <summary>resolution</summary>
    Resolution,
    /// <summary>other (default)</summary>
    Other,
}

/// <summary>One timeline entry. <see cref="At"/> is absolute: a bare HH:MM was resolved against started_at in the
/// report's zone, rolling over midnight.</summary>
public sealed record TimelineEntry
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>The <c>at</c> value as written (e.g. "09:12").</summary>
    public required string AtText { get; init; }
    /// <summary>(md) What happened.</summary>
    public required string Event { get; init; }
    /// <summary>Who discovered or acted.</summary>
    public string? By { get; init; }
    /// <summary>Kind (other by default).</summary>
    public TimelineKind Kind { get; init; } = TimelineKind.Other;
    /// <summary>Link to the alert, chat message or ticket the entry came from.</summary>
    public string? Source { get; init; }
}
