using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>One approval recorded in an incident's <c>signoff.approvals</c>: who, in what role, what they decided.</summary>
/// <param name="Name">Approver.</param>
/// <param name="Role">Role, when given.</param>
/// <param name="Decision">What they decided (pending until they decide).</param>
/// <param name="Date">Date of the decision, when decided.</param>
public sealed record ReviewApproval(string Name, string? Role, ApprovalDecision Decision, DateOnly? Date);

/// <summary>An approval that is not (yet) <c>approved</c>, with the incident it holds up.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Approval">The approval.</param>
public sealed record PendingApproval(ReviewIncident Incident, ReviewApproval Approval);

/// <summary>The "approvals still pending" part of the sign-off status, read from <c>signoff.approvals</c>. When no
/// incident in the period records approvals, the review leaves the part out.</summary>
public static class PendingApprovals
{
    /// <summary>The approvals of a loaded incident, in file order.</summary>
    public static IReadOnlyList<ReviewApproval> ApprovalsOf(Incident incident) =>
        incident.SignOff?.Approvals.Select(a => new ReviewApproval(a.Name.Trim(), a.Role?.Trim(), a.Decision, a.Date)).ToList() ?? [];

    /// <summary>Every approval whose decision is not <c>approved</c>, over <paramref name="incidents"/> in their order,
    /// each incident's approvals in file order.</summary>
    public static IReadOnlyList<PendingApproval> Find(IEnumerable<ReviewIncident> incidents) =>
        incidents.SelectMany(i => i.Approvals
                .Where(a => a.Decision != ApprovalDecision.Approved)
                .Select(a => new PendingApproval(i, a)))
            .ToList();

    /// <summary>True when any incident records approvals at all (the part is shown only then).</summary>
    public static bool AnyRecorded(IEnumerable<ReviewIncident> incidents) => incidents.Any(i => i.Approvals.Count > 0);
}
