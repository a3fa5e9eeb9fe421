using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>One approval recorded in an incident's <c>signoff.approvals</c>: who, in what role, what they decided.</summary>
/// <param name="Name">Approver.</param>
/// <param name="Role">Role, when given.</param>
/// <param name="Decision">pending, approved, changes_requested or rejected, as the format spells it.</param>
/// <param name="Date">Date of the decision, when decided.</param>
public sealed record ReviewApproval(string Name, string? Role, string Decision, DateOnly? Date);

/// <summary>An approval that is not (yet) <c>approved</c>, with the incident it holds up.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Approval">The approval.</param>
public sealed record PendingApproval(ReviewIncident Incident, ReviewApproval Approval);

/// <summary>The "approvals still pending" part of the sign-off status, kept apart from the rest because it reads
/// <c>signoff.approvals</c> (issue #15). The only place that knows how approvals are held in the incident model is
/// <see cref="ApprovalsOf"/>: while the model has no approvals it finds none, and the review leaves the part out.</summary>
public static class PendingApprovals
{
    /// <summary>The approvals of a loaded incident. The incident model does not hold <c>signoff.approvals</c> yet;
    /// when it does, map them here (name, role, decision as the format spells it, date).</summary>
    public static IReadOnlyList<ReviewApproval> ApprovalsOf(Incident incident) => [];

    /// <summary>Every approval whose decision is not <c>approved</c>, over <paramref name="incidents"/> in their order,
    /// each incident's approvals in file order.</summary>
    public static IReadOnlyList<PendingApproval> Find(IEnumerable<ReviewIncident> incidents) =>
        incidents.SelectMany(i => i.Approvals
                .Where(a => !string.Equals(a.Decision, "approved", StringComparison.Ordinal))
                .Select(a => new PendingApproval(i, a)))
            .ToList();

    /// <summary>True when any incident records approvals at all (the part is shown only then).</summary>
    public static bool AnyRecorded(IEnumerable<ReviewIncident> incidents) => incidents.Any(i => i.Approvals.Count > 0);
}
