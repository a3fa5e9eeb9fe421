namespace ReportGen.Core.Review;

/// <summary>Builds a <see cref="Portfolio"/> from the valid incidents of a review's inputs (in any order) and the
/// inputs left out. Deterministic: the same inputs give the same portfolio whatever order they were loaded in.</summary>
public static class PortfolioBuilder
{
    /// <summary>Resolves the period from <paramref name="request"/> and the inputs, keeps the incidents in it and derives
    /// every figure.</summary>
    public static Portfolio Build(ReviewRequest request, IReadOnlyList<ReviewIncident> valid, IReadOnlyList<ExcludedInput> excluded)
    {
        var all = valid.OrderBy(i => i.StartedAt.UtcDateTime).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ThenBy(i => i.Source.DisplayPath, StringComparer.Ordinal).ToList();
        var period = ReviewPeriod.Resolve(request, all);
        var inPeriod = period is null ? all : all.Where(i => period.Contains(i.Date)).ToList();
        var previous = period?.Previous is { } p ? all.Where(i => p.Contains(i.Date)).ToList() : null;
        var asOf = period?.AsOf ?? DateOnly.MinValue;
        var items = ActionItemFigures.All(inPeriod, asOf);
        return new Portfolio
        {
            InputsSha256 = InputsHash.Of(valid),
            Period = period,
            Incidents = inPeriod,
            PreviousIncidents = previous,
            OutsidePeriod = all.Count - inPeriod.Count,
            Excluded = excluded,
            CountBySeverity = Enum.GetValues<Model.Severity>().Select(s => inPeriod.Count(i => i.Severity == s)).ToArray(),
            Downtime = CustomerDowntime.Of(inPeriod),
            Speed = SpeedFigures.Build(inPeriod, previous),
            Trend = period is null ? [] : TrendSeries.Build(period, inPeriod),
            ActionItems = items,
            Overdue = ActionItemFigures.Overdue(items),
            OpenUrgent = ActionItemFigures.OpenUrgent(items),
            Owners = ActionItemFigures.PerOwner(items),
            RecurringServices = RecurringFigures.Find(inPeriod, i => i.Services),
            RecurringTeams = RecurringFigures.Find(inPeriod, i => i.Teams),
            RecurringFactors = RecurringFigures.Find(inPeriod, i => i.ContributingFactors),
            SignOff = SignOffStatus.Of(inPeriod, asOf),
            PendingApprovals = PendingApprovals.Find(inPeriod),
            ApprovalsRecorded = PendingApprovals.AnyRecorded(inPeriod),
        };
    }
}
