namespace ReportGen.Core.Model;

/// <summary>Impact of the incident.</summary>
public sealed record Impact
{
    /// <summary>Impact on users and the business.</summary>
    public ExternalImpact? External { get; init; }
    /// <summary>Impact inside the organisation.</summary>
    public InternalImpact? Internal { get; init; }
    /// <summary>Figures with units.</summary>
    public ImpactMetrics? Metrics { get; init; }
    /// <summary>Images, resolved and checked.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];
}

/// <summary>External impact.</summary>
public sealed record ExternalImpact
{
    /// <summary>Number or text ("about 12% of EU customers"), as written.</summary>
    public string? AffectedUsers { get; init; }
    /// <summary>Features that were unavailable.</summary>
    public IReadOnlyList<string> FeaturesUnavailable { get; init; } = [];
    /// <summary>(md)</summary>
    public string? UserExperience { get; init; }
    /// <summary>(md) Revenue, customers, SLA violation.</summary>
    public string? Business { get; init; }
}

/// <summary>Internal impact.</summary>
public sealed record InternalImpact
{
    /// <summary>Teams involved.</summary>
    public IReadOnlyList<string> Teams { get; init; } = [];
    /// <summary>Services affected.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];
    /// <summary>(md)</summary>
    public string? DataConsistency { get; init; }
    /// <summary>(md)</summary>
    public string? ResponseOverhead { get; init; }
}

/// <summary>Free-text figures with units.</summary>
public sealed record ImpactMetrics
{
    /// <summary>Traffic.</summary>
    public string? Traffic { get; init; }
    /// <summary>Error rate.</summary>
    public string? ErrorRate { get; init; }
    /// <summary>Response time.</summary>
    public string? ResponseTime { get; init; }
    /// <summary>Downtime.</summary>
    public string? Downtime { get; init; }
    /// <summary>Further named figures.</summary>
    public IReadOnlyList<NamedValue> Other { get; init; } = [];
}

/// <summary>A named figure.</summary>
public sealed record NamedValue(string Name, string Value);

/// <summary>An image named by the incident file. <see cref="FullPath"/> is resolved relative to the file and checked to
/// stay inside its folder.</summary>
public sealed record Figure
{
    /// <summary>Caption.</summary>
    public required string Title { get; init; }
    /// <summary>Path as written.</summary>
    public required string Path { get; init; }
    /// <summary>Absolute path, inside the incident file's folder.</summary>
    public required string FullPath { get; init; }
    /// <summary>Text for screen readers as written; null when absent (then <see cref="AltText"/> is the title).</summary>
    public string? Alt { get; init; }
    /// <summary>Text for screen readers: <see cref="Alt"/>, else the title.</summary>
    public string AltText => Alt ?? Title;
}

/// <summary>Root cause analysis.</summary>
public sealed record RootCause
{
    /// <summary>(md) The blameless narrative.</summary>
    public required string WhatHappened { get; init; }
    /// <summary>(md)</summary>
    public required string ImmediateCause { get; init; }
    /// <summary>(md) items.</summary>
    public IReadOnlyList<string> ContributingFactors { get; init; } = [];
    /// <summary>(md) items.</summary>
    public IReadOnlyList<string> SystemicIssues { get; init; } = [];
    /// <summary>Why it was not caught earlier.</summary>
    public WhyNotCaught? WhyNotCaught { get; init; }
}

/// <summary>Gaps that let the incident through; each list holds (md) items.</summary>
public sealed record WhyNotCaught
{
    /// <summary>Monitoring/alert gaps.</summary>
    public IReadOnlyList<string> Monitoring { get; init; } = [];
    /// <summary>Testing gaps.</summary>
    public IReadOnlyList<string> Testing { get; init; } = [];
    /// <summary>Process gaps.</summary>
    public IReadOnlyList<string> Process { get; init; } = [];
    /// <summary>Assumptions that proved wrong.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];
}

/// <summary>Lessons learned; (md) items.</summary>
public sealed record Lessons
{
    /// <summary>What went well.</summary>
    public IReadOnlyList<string> WentWell { get; init; } = [];
    /// <summary>What could improve.</summary>
    public IReadOnlyList<string> CouldImprove { get; init; } = [];
}

/// <summary>Priority of an action item.</summary>
public enum Priority
{
    /// <summary>P0</summary>
    P0,
    /// <summary>P1</summary>
    P1,
    /// <summary>P2</summary>
    P2,
    /// <summary>P3</summary>
    P3,
}

/// <summary>Progress of an action item.</summary>
public enum ActionStatus
{
    /// <summary>open (default)</summary>
    Open,
    /// <summary>in_progress</summary>
    InProgress,
    /// <summary>done</summary>
    Done,
    /// <summary>wont_do</summary>
    WontDo,
}

/// <summary>A follow-up action.</summary>
public sealed record ActionItem
{
    /// <summary>Unique id in the file (A1…).</summary>
    public required string Id { get; init; }
    /// <summary>(md) What will be done.</summary>
    public required string Action { get; init; }
    /// <summary>Person or team (required by the format; null only while a draft lacks it).</summary>
    public string? Owner { get; init; }
    /// <summary>Due date.</summary>
    public DateOnly? Due { get; init; }
    /// <summary>Priority.</summary>
    public Priority? Priority { get; init; }
    /// <summary>Progress.</summary>
    public ActionStatus Status { get; init; } = ActionStatus.Open;
    /// <summary>Optional tracker link.</summary>
    public string? Tracker { get; init; }
}

/// <summary>Prevention measures.</summary>
public sealed record Prevention
{
    /// <summary>Short-term measures.</summary>
    public IReadOnlyList<PreventionMeasure> ShortTerm { get; init; } = [];
    /// <summary>Long-term measures.</summary>
    public IReadOnlyList<PreventionMeasure> LongTerm { get; init; } = [];
}

/// <summary>(md) A measure and the ids of the action items that carry it (possibly none).</summary>
public sealed record PreventionMeasure(string Measure, IReadOnlyList<string> ActionItems);

/// <summary>Appendices.</summary>
public sealed record Appendices
{
    /// <summary>Configuration or code at the time.</summary>
    public IReadOnlyList<Snippet> Snippets { get; init; } = [];
    /// <summary>Alerts that should have fired.</summary>
    public IReadOnlyList<MonitoringGap> MonitoringGaps { get; init; } = [];
    /// <summary>Links.</summary>
    public IReadOnlyList<DocumentationLink> Documentation { get; init; } = [];
}

/// <summary>A code snippet.</summary>
public sealed record Snippet(string Title, string? Language, string Code);

/// <summary>An alert that did not fire.</summary>
public sealed record MonitoringGap(string Alert, string WhyNotFired);

/// <summary>Kind of a documentation link.</summary>
public enum DocumentationKind
{
    /// <summary>runbook</summary>
    Runbook,
    /// <summary>alerting</summary>
    Alerting,
    /// <summary>deployment</summary>
    Deployment,
    /// <summary>other (default)</summary>
    Other,
}

/// <summary>A documentation link.</summary>
public sealed record DocumentationLink(string Title, string Url, DocumentationKind Kind);

/// <summary>Sign-off.</summary>
public sealed record SignOff
{
    /// <summary>Facilitator.</summary>
    public string? FacilitatedBy { get; init; }
    /// <summary>Reviewers.</summary>
    public IReadOnlyList<string> ReviewedBy { get; init; } = [];
    /// <summary>Sign-off date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Next review date.</summary>
    public DateOnly? NextReview { get; init; }
    /// <summary>Who must approve the postmortem and what they decided, in file order.</summary>
    public IReadOnlyList<Approval> Approvals { get; init; } = [];
}

/// <summary>What an approver decided.</summary>
public enum ApprovalDecision
{
    /// <summary>pending (default): not decided yet.</summary>
    Pending,
    /// <summary>approved</summary>
    Approved,
    /// <summary>changes_requested</summary>
    ChangesRequested,
    /// <summary>rejected</summary>
    Rejected,
}

/// <summary>One approver of the postmortem and their decision. Validation guarantees that a decided approval has a
/// date, a pending one has none, and no approver is named twice.</summary>
public sealed record Approval
{
    /// <summary>Who approves, trimmed (unique in the file, ignoring case).</summary>
    public required string Name { get; init; }
    /// <summary>Their role (e.g. VP Engineering).</summary>
    public string? Role { get; init; }
    /// <summary>The decision (pending by default).</summary>
    public ApprovalDecision Decision { get; init; } = ApprovalDecision.Pending;
    /// <summary>Day of the decision; null while pending.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>(md) Conditions, requests or reasons.</summary>
    public string? Comment { get; init; }
}
