using System.Globalization;
using ReportGen.Core.Review;

namespace ReportGen.Core.Tests.Review;

/// <summary>Every figure of a second-quarter review of the generated folder, checked against <see cref="Expected"/>.</summary>
public sealed class PortfolioFiguresTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2026, 6, 30);

    private Portfolio Quarter => fixture.Build(new ReviewRequest(From, To));
    private List<SpecIncident> Period => Expected.InPeriod(fixture.Specs, From, To);
    private List<SpecIncident> PreviousPeriod => Expected.InPeriod(fixture.Specs, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public void The_folder_has_at_least_30_incidents_over_six_months()
    {
        Assert.True(fixture.Specs.Count >= 30);
        var months = fixture.Specs.Select(s => (s.LocalDate.Year, s.LocalDate.Month)).Distinct().Count();
        Assert.True(months >= 6, $"{months} months");
    }

    [Fact]
    public void Keeps_the_incidents_dated_in_the_period_by_their_own_calendar_date()
    {
        var portfolio = Quarter;
        Assert.Equal(Period.Select(s => s.Id), portfolio.Incidents.Select(i => i.Id));
        Assert.Equal(fixture.Specs.Count - Period.Count, portfolio.OutsidePeriod);
        // 31 March 22:30 in Los Angeles is 1 April in UTC, 1 July 00:30 at +02:00 is 30 June in UTC: both outside.
        Assert.DoesNotContain(portfolio.Incidents, i => i.Id is "INC-EDGE-1" or "INC-EDGE-2");
        Assert.Contains(portfolio.PreviousIncidents!, i => i.Id == "INC-EDGE-1");
    }

    [Fact]
    public void As_of_is_the_latest_postmortem_date_and_the_previous_period_is_the_first_quarter()
    {
        var period = Quarter.Period!;
        Assert.Equal(Expected.AsOf(fixture.Specs), period.AsOf);
        Assert.Equal(AsOfSource.LatestPostmortemDate, period.AsOfSource);
        Assert.Equal(new PreviousPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), period.Previous);
        Assert.Equal(PreviousPeriod.Select(s => s.Id), Quarter.PreviousIncidents!.Select(i => i.Id));
    }

    [Fact]
    public void Counts_incidents_per_severity()
    {
        var expected = new[] { "critical", "high", "medium", "low" }.Select(sev => Period.Count(s => s.Severity == sev));
        Assert.Equal(expected, Quarter.CountBySeverity);
    }

    [Fact]
    public void Medians_and_p90_per_severity_and_overall_match_and_so_does_the_change()
    {
        var rows = Quarter.Speed;
        var groups = new[] { "critical", "high", "medium", "low" }
            .Where(sev => Period.Any(s => s.Severity == sev) || PreviousPeriod.Any(s => s.Severity == sev))
            .Select(sev => ((string?)sev, Period.Where(s => s.Severity == sev).ToList(), PreviousPeriod.Where(s => s.Severity == sev).ToList()))
            .Append((null, Period, PreviousPeriod)).ToList();
        Assert.Equal(groups.Count, rows.Count);
        foreach (var ((severity, now, before), row) in groups.Zip(rows))
        {
            Assert.Equal(severity, row.Current.Severity?.ToString().ToLowerInvariant());
            Assert.Equal(now.Count, row.Current.Incidents);
            Check(Expected.Detect(now), row.Current.TimeToDetect);
            Check(Expected.Resolve(now), row.Current.TimeToResolve);
            Check(Expected.Detect(before), row.Previous!.TimeToDetect);
            Check(Expected.Resolve(before), row.Previous.TimeToResolve);
            Assert.Equal(Change(Expected.MedianMinutes(Expected.Detect(now)), Expected.MedianMinutes(Expected.Detect(before))), row.DetectMedianChange);
            Assert.Equal(Change(Expected.MedianMinutes(Expected.Resolve(now)), Expected.MedianMinutes(Expected.Resolve(before))), row.ResolveMedianChange);
            Assert.Equal(Change(Expected.P90Minutes(Expected.Resolve(now)), Expected.P90Minutes(Expected.Resolve(before))), row.ResolveP90Change);
        }
    }

    [Fact]
    public void Customer_facing_downtime_counts_overlapping_incidents_once()
    {
        var downtime = Quarter.Downtime;
        Assert.Equal(Expected.DowntimeMinutes(Period), downtime.Total.TotalMinutes);
        Assert.Equal(Period.Count(s => s.External && (s.MitigateAfter ?? s.ResolveAfter) is not null), downtime.Incidents);
        // The two overlapping edge incidents: 08:00-09:00 and 08:30-10:00 make two hours, not two and a half.
        var overlap = fixture.Build(new ReviewRequest(new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 12)));
        Assert.Equal(Expected.DowntimeMinutes(Expected.InPeriod(fixture.Specs, new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 12))),
            overlap.Downtime.Total.TotalMinutes);
    }

    [Fact]
    public void Overdue_items_are_open_and_due_before_as_of_by_priority_then_age()
    {
        var asOf = Expected.AsOf(fixture.Specs);
        var expected = Expected.Overdue(Period, asOf);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Quarter.Overdue.Select(a => (a.Incident.Id, a.Item.Id)));
        foreach (var a in Quarter.Overdue)
            Assert.Equal(asOf.DayNumber - a.Item.Due!.Value.DayNumber, a.DaysOverdue);
    }

    [Fact]
    public void Open_p0_and_p1_items_are_listed_p0_first()
    {
        var expected = Expected.OpenUrgent(Period);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Quarter.OpenUrgent.Select(a => (a.Incident.Id, a.Item.Id)));
    }

    [Fact]
    public void Completion_per_owner_matches_owners_case_insensitively_after_trimming()
    {
        var asOf = Expected.AsOf(fixture.Specs);
        var items = Period.SelectMany(s => s.Items).ToList();
        var expected = items.GroupBy(a => a.Owner.Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Keys.Order(), Quarter.Owners.Select(o => o.Owner.ToLowerInvariant()).Order());
        foreach (var owner in Quarter.Owners)
        {
            var own = expected[owner.Owner.ToLowerInvariant()];
            Assert.Equal(own.Count, owner.Total);
            Assert.Equal(own.Count(a => a.Status == "done"), owner.Done);
            Assert.Equal(own.Count(a => a.Status == "wont_do"), owner.WontDo);
            Assert.Equal(own.Count(Expected.IsOpen), owner.Open);
            Assert.Equal(own.Count(a => Expected.IsOpen(a) && a.Due < asOf), owner.Overdue);
            Assert.Equal(Expected.MostCommonSpelling(own.Select(a => a.Owner)), owner.Owner);
            var denominator = own.Count(a => a.Status != "wont_do");
            int? percent = denominator == 0 ? null : (int)Math.Round(100.0 * own.Count(a => a.Status == "done") / denominator, MidpointRounding.AwayFromZero);
            Assert.Equal(percent, owner.CompletionPercent);
        }
        // "Payments SRE" and " payments sre" are one owner.
        Assert.Single(Quarter.Owners, o => o.Owner.Trim().Equals("payments sre", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Recurring_services_teams_and_factors_match_case_insensitively_after_trimming()
    {
        CheckRecurring(Expected.Recurring(Period, s => s.Services), Quarter.RecurringServices);
        var checkout = Quarter.RecurringServices.Single(r => r.Name.Equals("checkout-api", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Expected.MostCommonSpelling(Period.SelectMany(s => s.Services).Where(n => n.Trim().Equals("checkout-api", StringComparison.OrdinalIgnoreCase))),
            checkout.Name);
        CheckRecurring(Expected.Recurring(Period, s => s.Teams), Quarter.RecurringTeams);
        CheckRecurring(Expected.Recurring(Period, s => s.Factors), Quarter.RecurringFactors);
        Assert.Contains(Quarter.RecurringServices, r => r.Name.Equals("checkout-api", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Quarter.RecurringFactors, r => r.Name.StartsWith("Factor only in", StringComparison.Ordinal));
    }

    [Fact]
    public void Sign_off_status_counts_and_days_since_resolution()
    {
        var asOf = Expected.AsOf(fixture.Specs);
        var signOff = Quarter.SignOff;
        Assert.Equal(Period.Count(s => s.Status == "final"), signOff.Final);
        Assert.Equal(Period.Count(s => s.Status == "review"), signOff.InReview);
        Assert.Equal(Period.Count(s => s.Status == "draft"), signOff.Draft);
        var expected = Period.Where(s => s.Status != "final")
            .Select(s => (s.Id, Days: Expected.ResolvedDate(s) is { } r ? asOf.DayNumber - r.DayNumber : (int?)null))
            .OrderBy(x => x.Days is null).ThenByDescending(x => x.Days).ThenBy(x => Period.FindIndex(s => s.Id == x.Id)).ToList();
        Assert.Equal(expected, signOff.Unsigned.Select(u => (u.Incident.Id, u.DaysSinceResolution)));
        Assert.Contains(signOff.Unsigned, u => u.DaysSinceResolution is null); // an unresolved draft
    }

    [Fact]
    public void Approvals_not_given_are_listed_from_signoff_approvals()
    {
        var expected = Expected.PendingApprovals(Period);
        Assert.Contains(expected, a => a.Item3 == "pending");
        Assert.Contains(expected, a => a.Item3 == "changes_requested");
        var written = new Dictionary<Model.ApprovalDecision, string>
        {
            [Model.ApprovalDecision.Pending] = "pending", [Model.ApprovalDecision.Approved] = "approved",
            [Model.ApprovalDecision.ChangesRequested] = "changes_requested", [Model.ApprovalDecision.Rejected] = "rejected",
        };
        Assert.Equal(expected, Quarter.PendingApprovals.Select(p => (p.Incident.Id, p.Approval.Name, written[p.Approval.Decision])));
        Assert.Equal(Period.Any(s => s.Approvals.Length > 0), Quarter.ApprovalsRecorded);
    }

    [Fact]
    public void The_quarter_trend_has_one_bucket_per_month_by_severity()
    {
        var trend = Quarter.Trend;
        Assert.Equal(["Apr", "May", "Jun"], trend.Select(b => b.Label));
        Assert.Equal(["2026", null, null], trend.Select(b => b.YearLabel));
        for (var month = 4; month <= 6; month++)
        {
            var inMonth = Period.Where(s => s.LocalDate.Month == month).ToList();
            var expected = new[] { "critical", "high", "medium", "low" }.Select(sev => inMonth.Count(s => s.Severity == sev));
            Assert.Equal(expected, trend[month - 4].Counts);
        }
    }

    [Fact]
    public void A_month_long_period_is_bucketed_by_iso_week()
    {
        var from = new DateOnly(2026, 5, 1);
        var to = new DateOnly(2026, 5, 31);
        var portfolio = fixture.Build(new ReviewRequest(from, to));
        var period = Expected.InPeriod(fixture.Specs, from, to);
        var weeks = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(d => from.AddDays(d))
            .Select(d => ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue))).Distinct().ToList();
        Assert.Equal(weeks.Count, portfolio.Trend.Count);
        foreach (var (week, bucket) in weeks.Zip(portfolio.Trend))
        {
            Assert.Equal(DayOfWeek.Monday, bucket.Start.DayOfWeek);
            Assert.Equal(week, ISOWeek.GetWeekOfYear(bucket.Start.ToDateTime(TimeOnly.MinValue)));
            Assert.Equal(period.Count(s => ISOWeek.GetWeekOfYear(s.LocalStart) == week), bucket.Total);
        }
        Assert.Equal("27 Apr", portfolio.Trend[0].Label); // the Monday of the week holding 1 May
    }

    [Fact]
    public void Without_dates_the_period_spans_all_inputs_and_has_nothing_to_compare_with()
    {
        var all = fixture.Build(new ReviewRequest());
        Assert.Equal(fixture.Specs.Count, all.Incidents.Count);
        Assert.Equal(fixture.Specs.Min(s => s.LocalDate), all.Period!.From);
        Assert.Equal(fixture.Specs.Max(s => s.LocalDate), all.Period.To);
        Assert.Null(all.Period.Previous);
        Assert.All(all.Speed, row => Assert.Null(row.Previous));
        Assert.Equal(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"], all.Trend.Select(b => b.Label));
    }

    [Fact]
    public void Given_as_of_changes_what_is_overdue()
    {
        var early = new DateOnly(2026, 5, 1);
        var portfolio = fixture.Build(new ReviewRequest(From, To, early));
        Assert.Equal(AsOfSource.Given, portfolio.Period!.AsOfSource);
        Assert.Equal(Expected.Overdue(Period, early), portfolio.Overdue.Select(a => (a.Incident.Id, a.Item.Id)));
    }

    private static void Check(IEnumerable<int> minutes, DurationStats stats)
    {
        var list = minutes.ToList();
        Assert.Equal(list.Count, stats.Count);
        Assert.Equal(Expected.MedianMinutes(list), stats.Median?.TotalMinutes);
        Assert.Equal(Expected.P90Minutes(list), stats.P90 is { } p ? (int)p.TotalMinutes : null);
    }

    private static int? Change(double? now, double? before) =>
        now is null || before is null || before == 0 ? null : (int)Math.Round((now.Value - before.Value) / before.Value * 100, MidpointRounding.AwayFromZero);

    private static void CheckRecurring(Dictionary<string, List<string>> expected, IReadOnlyList<RecurringItem> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Select(r => r.Name.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal));
        foreach (var item in actual)
            Assert.Equal(expected[item.Name.Trim().ToLowerInvariant()], item.Incidents.Select(i => i.Id));
        Assert.Equal(actual.Select(r => r.Incidents.Count).OrderByDescending(c => c), actual.Select(r => r.Incidents.Count));
    }
}
