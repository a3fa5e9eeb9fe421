namespace ReportGen.Core.Model;

/// <summary>Figures derived once from an <see cref="Incident"/>: effective detection/mitigation times, durations and
/// the report's time zone. A figure is null (not zero) when its inputs are absent.</summary>
public sealed record IncidentFigures
{
    /// <summary>The zone the report shows times in.</summary>
    public required TimeZoneInfo TimeZone { get; init; }
    /// <summary>detected_at, else the first timeline entry of kind detection.</summary>
    public DateTimeOffset? DetectedAt { get; init; }
    /// <summary>mitigated_at, else the last timeline entry of kind mitigation.</summary>
    public DateTimeOffset? MitigatedAt { get; init; }
    /// <summary>resolved_at − started_at.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>detected − started.</summary>
    public TimeSpan? TimeToDetect { get; init; }
    /// <summary>mitigated − started.</summary>
    public TimeSpan? TimeToMitigate { get; init; }
    /// <summary>Same as <see cref="Duration"/>.</summary>
    public TimeSpan? TimeToResolve { get; init; }
    /// <summary>Timeline sorted by time (stable for equal times).</summary>
    public required IReadOnlyList<TimelineEntry> SortedTimeline { get; init; }

    /// <summary>A timestamp shown in the report's zone.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, TimeZone);
}
