using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>An incident whose postmortem is not final yet.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="DaysSinceResolution">Days from its resolution date to the as-of date; null while it is unresolved.</param>
public sealed record UnsignedIncident(ReviewIncident Incident, int? DaysSinceResolution);

/// <summary>How many postmortems are final, in review and draft, and which are waiting for sign-off.</summary>
/// <param name="Final">Final postmortems.</param>
/// <param name="InReview">Postmortems in review.</param>
/// <param name="Draft">Drafts.</param>
/// <param name="Unsigned">Every incident not final: the longest waiting since resolution first (unresolved ones last),
/// then by date and id.</param>
public sealed record SignOffStatus(int Final, int InReview, int Draft, IReadOnlyList<UnsignedIncident> Unsigned)
{
    /// <summary>The status of <paramref name="incidents"/> on <paramref name="asOf"/>.</summary>
    public static SignOffStatus Of(IReadOnlyList<ReviewIncident> incidents, DateOnly asOf)
    {
        var unsigned = incidents.Where(i => i.Status != IncidentStatus.Final)
            .Select(i => new UnsignedIncident(i, i.ResolvedDate is { } r ? asOf.DayNumber - r.DayNumber : null))
            .OrderBy(u => u.DaysSinceResolution is null).ThenByDescending(u => u.DaysSinceResolution)
            .ThenBy(u => u.Incident.StartedAt.UtcDateTime).ThenBy(u => u.Incident.Id, StringComparer.Ordinal).ToList();
        return new SignOffStatus(
            incidents.Count(i => i.Status == IncidentStatus.Final),
            incidents.Count(i => i.Status == IncidentStatus.Review),
            incidents.Count(i => i.Status == IncidentStatus.Draft),
            unsigned);
    }
}
