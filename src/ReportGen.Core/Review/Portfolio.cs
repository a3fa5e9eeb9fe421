using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>An input left out of a review, with the first error that kept it out.</summary>
/// <param name="DisplayPath">The input as the user named it.</param>
/// <param name="Line">1-based line of the error, 0 when it concerns the whole file.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">The error, in plain words.</param>
/// <param name="ErrorCount">How many errors the file has in all.</param>
public sealed record ExcludedInput(string DisplayPath, int Line, int Column, string Message, int ErrorCount);

/// <summary>The second model of ReportGen (after the incident): a set of incidents and every figure derived across
/// them for a leadership review. Built once by <see cref="PortfolioBuilder"/>; immutable.</summary>
public sealed record Portfolio
{
    /// <summary>The period, as-of date and previous period; null when no input and no option gave any date.</summary>
    public ReviewPeriod? Period { get; init; }
    /// <summary>The review's source hash: SHA-256 over the sorted hashes of every valid input (see
    /// <see cref="InputsHash"/>); null when an input has no hash (built in memory).</summary>
    public string? InputsSha256 { get; init; }
    /// <summary>Incidents in the period, by start time (then id, then path).</summary>
    public required IReadOnlyList<ReviewIncident> Incidents { get; init; }
    /// <summary>Incidents in the previous period, when the inputs cover it (else null).</summary>
    public IReadOnlyList<ReviewIncident>? PreviousIncidents { get; init; }
    /// <summary>Valid inputs outside the period.</summary>
    public int OutsidePeriod { get; init; }
    /// <summary>Inputs left out because they have errors, in input order.</summary>
    public required IReadOnlyList<ExcludedInput> Excluded { get; init; }
    /// <summary>Incidents in the period per severity, indexed by <see cref="Severity"/>.</summary>
    public required IReadOnlyList<int> CountBySeverity { get; init; }
    /// <summary>Total customer-facing downtime in the period.</summary>
    public required CustomerDowntime Downtime { get; init; }
    /// <summary>Speed per severity and overall, with the previous period's figures when covered.</summary>
    public required IReadOnlyList<SpeedComparison> Speed { get; init; }
    /// <summary>Incidents per week or month, by severity.</summary>
    public required IReadOnlyList<TrendBucket> Trend { get; init; }
    /// <summary>Every action item of the period's incidents.</summary>
    public required IReadOnlyList<ReviewActionItem> ActionItems { get; init; }
    /// <summary>Overdue items, most urgent first.</summary>
    public required IReadOnlyList<ReviewActionItem> Overdue { get; init; }
    /// <summary>Open P0 and P1 items.</summary>
    public required IReadOnlyList<ReviewActionItem> OpenUrgent { get; init; }
    /// <summary>Completion per owner.</summary>
    public required IReadOnlyList<OwnerCompletion> Owners { get; init; }
    /// <summary>Services in more than one incident.</summary>
    public required IReadOnlyList<RecurringItem> RecurringServices { get; init; }
    /// <summary>Teams in more than one incident.</summary>
    public required IReadOnlyList<RecurringItem> RecurringTeams { get; init; }
    /// <summary>Contributing factors named in more than one incident.</summary>
    public required IReadOnlyList<RecurringItem> RecurringFactors { get; init; }
    /// <summary>Final, review and draft counts and the incidents awaiting sign-off.</summary>
    public required SignOffStatus SignOff { get; init; }
    /// <summary>Approvals not yet given (empty while incidents record none).</summary>
    public required IReadOnlyList<PendingApproval> PendingApprovals { get; init; }
    /// <summary>True when any incident in the period records approvals.</summary>
    public bool ApprovalsRecorded { get; init; }
}
