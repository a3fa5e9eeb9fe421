using ReportGen.Core.Model;

namespace ReportGen.Core.Derivation;

/// <summary>Computes <see cref="IncidentFigures"/> once per incident. A figure whose inputs are absent stays null.
/// Validation refuses times out of order (<see cref="Validation.TimeOrder"/>); should an incident built some other
/// way hold them anyway, a negative span is left absent rather than printed as "-10 min".</summary>
internal static class FigureCalculator
{
    public static IncidentFigures Compute(Incident incident, TimeZoneInfo zone)
    {
        var sorted = incident.Timeline
            .Select((entry, index) => (entry, index))
            .OrderBy(p => p.entry.At.UtcDateTime).ThenBy(p => p.index)
            .Select(p => p.entry).ToList();
        var detected = incident.DetectedAt ?? sorted.FirstOrDefault(e => e.Kind == TimelineKind.Detection)?.At;
        var mitigated = incident.MitigatedAt ?? sorted.LastOrDefault(e => e.Kind == TimelineKind.Mitigation)?.At;
        var duration = NonNegative(incident.ResolvedAt - incident.StartedAt);
        return new IncidentFigures
        {
            TimeZone = zone,
            DetectedAt = detected,
            MitigatedAt = mitigated,
            Duration = duration,
            TimeToDetect = NonNegative(detected - incident.StartedAt),
            TimeToMitigate = NonNegative(mitigated - incident.StartedAt),
            TimeToResolve = duration,
            SortedTimeline = sorted,
        };
    }

    private static TimeSpan? NonNegative(TimeSpan? span) => span < TimeSpan.Zero ? null : span;
}
