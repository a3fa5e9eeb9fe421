namespace ReportGen.Document;

/// <summary>What the incident-at-a-glance figure needs: the span, the phase boundaries and every timeline entry,
/// with times already in the report's zone.</summary>
public sealed record TimelineChart(
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset? DetectedAt,
    DateTimeOffset? MitigatedAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<TimelineMark> Marks)
{
    /// <summary>The report's zone, so axis labels follow its clock across a daylight-saving change; null: each
    /// time's own offset.</summary>
    public TimeZoneInfo? TimeZone { get; init; }
}

/// <summary>One timeline entry on the chart: when, its kind (detection, response, escalation, mitigation, resolution,
/// other) and a short label.</summary>
public sealed record TimelineMark(DateTimeOffset At, string Kind, string Label);
