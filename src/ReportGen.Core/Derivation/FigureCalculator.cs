using ReportGen.Core.Model;

namespace ReportGen.Core.Derivation;

/// <summary>Computes <see cref="IncidentFigures"/> once per incident. A figure whose inputs are absent stays null.</summary>
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
        var duration = incident.ResolvedAt - incident.StartedAt;
        return new IncidentFigures
        {
            TimeZone = zone,
            DetectedAt = detected,
            MitigatedAt = mitigated,
            Duration = duration,
            TimeToDetect = detected - incident.StartedAt,
            TimeToMitigate = mitigated - incident.StartedAt,
            TimeToResolve = duration,
            SortedTimeline = sorted,
        };
    }
}
