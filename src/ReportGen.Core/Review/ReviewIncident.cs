using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>Where an incident of a review came from: the input as the user named it, its file name without extension
/// (the name <c>render</c> gives its outputs) and the sub-folder under the folder argument that found it.</summary>
/// <param name="DisplayPath">The input path as shown to the user.</param>
/// <param name="Stem">File name without extension (<c>checkout-outage.yaml</c> → <c>checkout-outage</c>).</param>
/// <param name="RelativeDirectory">Sub-folder under the folder or glob argument, "" for a file argument; <c>render
/// --out</c> mirrors it, so the incident's report sits at <c>RelativeDirectory/Stem.pdf</c> under the output folder.</param>
public sealed record ReviewSource(string DisplayPath, string Stem, string RelativeDirectory)
{
    /// <summary>SHA-256 of the incident file's bytes as read (lower-case hex), when the loader gave one.</summary>
    public string? Sha256 { get; init; }
}

/// <summary>What a review keeps of one valid incident: the facts its figures need and nothing else (no narratives,
/// no timeline), so ten thousand of them fit in little memory. Built by <see cref="From"/> right after loading.</summary>
public sealed record ReviewIncident
{
    /// <summary>Where it came from.</summary>
    public required ReviewSource Source { get; init; }
    /// <summary>Incident id as written.</summary>
    public required string Id { get; init; }
    /// <summary>Title.</summary>
    public required string Title { get; init; }
    /// <summary>Severity.</summary>
    public required Severity Severity { get; init; }
    /// <summary>Postmortem status.</summary>
    public required IncidentStatus Status { get; init; }
    /// <summary>Start.</summary>
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary>The incident's date: started_at's calendar date in the incident's own report time zone (the date its
    /// report shows). Periods, trend buckets and ages are counted in these dates.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>Effective detection time (detected_at, else the first detection entry).</summary>
    public DateTimeOffset? DetectedAt { get; init; }
    /// <summary>Effective mitigation time.</summary>
    public DateTimeOffset? MitigatedAt { get; init; }
    /// <summary>Resolution time.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>resolved_at's date in the incident's time zone.</summary>
    public DateOnly? ResolvedDate { get; init; }
    /// <summary>Time to detect.</summary>
    public TimeSpan? TimeToDetect { get; init; }
    /// <summary>Time to mitigate.</summary>
    public TimeSpan? TimeToMitigate { get; init; }
    /// <summary>Time to resolve (the duration).</summary>
    public TimeSpan? TimeToResolve { get; init; }
    /// <summary>Postmortem date.</summary>
    public DateOnly? PostmortemDate { get; init; }
    /// <summary>True when the incident records external impact (<c>impact.external</c>): it counts towards
    /// customer-facing downtime.</summary>
    public bool CustomerFacing { get; init; }
    /// <summary><c>impact.internal.services</c>, trimmed, blanks left out.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];
    /// <summary><c>impact.internal.teams</c>, trimmed, blanks left out.</summary>
    public IReadOnlyList<string> Teams { get; init; } = [];
    /// <summary><c>root_cause.contributing_factors</c> (Markdown as written), trimmed, blanks left out.</summary>
    public IReadOnlyList<string> ContributingFactors { get; init; } = [];
    /// <summary>Action items, in file order.</summary>
    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];
    /// <summary>Facilitator, when named.</summary>
    public string? FacilitatedBy { get; init; }
    /// <summary>Sign-off date, when set.</summary>
    public DateOnly? SignOffDate { get; init; }
    /// <summary>Approvals recorded in the incident file (see <see cref="PendingApprovals"/>).</summary>
    public IReadOnlyList<ReviewApproval> Approvals { get; init; } = [];
    /// <summary>Link to the incident's own report, relative to the review's folder; null when there is none to link to.</summary>
    public string? ReportLink { get; init; }

    /// <summary>Keeps what a review needs of a loaded incident.</summary>
    public static ReviewIncident From(ReviewSource source, Incident incident, IncidentFigures figures)
    {
        DateOnly LocalDate(DateTimeOffset t) => DateOnly.FromDateTime(figures.ToLocal(t).DateTime);
        return new ReviewIncident
        {
            Source = source,
            Id = incident.Id,
            Title = incident.Title,
            Severity = incident.Severity,
            Status = incident.Status,
            StartedAt = incident.StartedAt,
            Date = LocalDate(incident.StartedAt),
            DetectedAt = figures.DetectedAt,
            MitigatedAt = figures.MitigatedAt,
            ResolvedAt = incident.ResolvedAt,
            ResolvedDate = incident.ResolvedAt is { } r ? LocalDate(r) : null,
            TimeToDetect = figures.TimeToDetect,
            TimeToMitigate = figures.TimeToMitigate,
            TimeToResolve = figures.TimeToResolve,
            PostmortemDate = incident.PostmortemDate,
            CustomerFacing = incident.Impact?.External is not null,
            Services = Trimmed(incident.Impact?.Internal?.Services),
            Teams = Trimmed(incident.Impact?.Internal?.Teams),
            ContributingFactors = Trimmed(incident.RootCause?.ContributingFactors),
            ActionItems = incident.ActionItems,
            FacilitatedBy = string.IsNullOrWhiteSpace(incident.SignOff?.FacilitatedBy) ? null : incident.SignOff.FacilitatedBy.Trim(),
            SignOffDate = incident.SignOff?.Date,
            Approvals = PendingApprovals.ApprovalsOf(incident),
        };
    }

    /// <summary>When customers were affected: from the start to mitigation, or to resolution when no mitigation is
    /// recorded; null when neither is known.</summary>
    public DateTimeOffset? CustomerImpactEnd => MitigatedAt ?? ResolvedAt;

    private static string[] Trimmed(IEnumerable<string>? items) =>
        items is null ? [] : items.Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
}
