using Scriban.Runtime;
using ReportGen.Core.Layouts;
using ReportGen.Core.Markdown;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;
using static ReportGen.Core.Layouts.TemplateModel.View;

namespace ReportGen.Core.Review;

/// <summary>Turns a <see cref="Portfolio"/> into the plain data the review layout sees as <c>review</c> (see
/// <c>layouts/review/README.md</c>): objects, lists, strings, dates, durations and whole numbers. As in the postmortem
/// model, empty text and empty lists are null, so <c>if review.overdue</c> is all a layout needs to test.</summary>
internal static class ReviewTemplateModel
{
    private static readonly Severity[] Severities = Enum.GetValues<Severity>();

    /// <summary>Incidents named in one recurring row before "and N more".</summary>
    public const int RecurringIncidentsShown = 10;

    /// <param name="p">The portfolio.</param>
    /// <param name="hasTrendChart">Whether the generated trend picture can be drawn.</param>
    /// <param name="listLimit">Longest list of action items or unsigned postmortems the layout gets; each list's
    /// <c>_count</c> says how many there are in all (the CSV tables hold every one).</param>
    public static ScriptObject Build(Portfolio p, bool hasTrendChart, int listLimit)
    {
        // Records compare by value: two files can describe the same incident, and each keeps its own line.
        var anchors = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < p.Incidents.Count; n++)
            anchors[p.Incidents[n]] = $"incident-{n + 1}";
        ScriptObject Ref(ReviewIncident i) => Obj(
            ("id", i.Id), ("title", i.Title), ("severity", Lower(i.Severity)), ("severity_label", i.Severity.ToString()),
            ("date", i.Date), ("link", i.ReportLink), ("anchor", anchors.GetValueOrDefault(i)))!;

        var root = new ScriptObject(StringComparer.Ordinal);
        root["review"] = Obj(
            ("period", Period(p)),
            ("counts", Counts(p)),
            ("downtime", Obj(("total", p.Downtime.Total > TimeSpan.Zero ? p.Downtime.Total : null), ("incidents", p.Downtime.Incidents), ("without_end", Nonzero(p.Downtime.WithoutEnd)))),
            ("speed", List(p.Speed.Select(Speed))),
            ("trend", Obj(("unit", p.Trend.Count == 0 ? null : Lower(TrendSeries.UnitFor(p.Period!.Days))), ("chart", hasTrendChart ? true : null),
                ("buckets", List(p.Trend.Select(b => Obj(("label", b.Label), ("year", b.YearLabel), ("name", BucketName(b, p.Period!)), ("start", b.Start), ("end", b.End),
                    ("total", b.Total), ("counts", List(Severities.Select(s => (object)b.Counts[(int)s]))))))))),
            ("action_items", Obj(("total", p.ActionItems.Count), ("open", p.ActionItems.Count(a => a.IsOpen)),
                ("done", p.ActionItems.Count(a => a.Item.Status == ActionStatus.Done)))),
            ("list_limit", listLimit),
            ("overdue", List(p.Overdue.Take(listLimit).Select(a => Item(a, Ref)))),
            ("overdue_count", p.Overdue.Count),
            ("overdue_more", Nonzero(p.Overdue.Count - Math.Min(listLimit, p.Overdue.Count))),
            ("open_urgent", List(p.OpenUrgent.Take(listLimit).Select(a => Item(a, Ref)))),
            ("open_urgent_count", p.OpenUrgent.Count),
            ("open_urgent_more", Nonzero(p.OpenUrgent.Count - Math.Min(listLimit, p.OpenUrgent.Count))),
            ("owners", List(p.Owners.Select(o => Obj(("owner", o.Owner), ("total", o.Total), ("done", o.Done), ("wont_do", o.WontDo),
                ("open", o.Open), ("overdue", o.Overdue), ("completion", o.CompletionPercent))))),
            ("recurring", Obj(("services", Recurring(p.RecurringServices, Ref)), ("teams", Recurring(p.RecurringTeams, Ref)),
                ("factors", Recurring(p.RecurringFactors, Ref)))),
            ("signoff", Obj(("final", p.SignOff.Final), ("review", p.SignOff.InReview), ("draft", p.SignOff.Draft),
                ("unsigned_count", p.SignOff.Unsigned.Count),
                ("unsigned_more", Nonzero(p.SignOff.Unsigned.Count - Math.Min(listLimit, p.SignOff.Unsigned.Count))),
                ("unsigned", List(p.SignOff.Unsigned.Take(listLimit).Select(u => Obj(("incident", Ref(u.Incident)), ("status", IncidentFormat.Statuses.Name(u.Incident.Status)),
                    ("status_label", IncidentFormat.Statuses.LabelOf(u.Incident.Status)), ("resolved", u.Incident.ResolvedDate),
                    ("days_since_resolution", u.DaysSinceResolution), ("facilitator", u.Incident.FacilitatedBy),
                    ("postmortem_date", u.Incident.PostmortemDate))))),
                ("approvals_recorded", p.ApprovalsRecorded ? true : null),
                ("pending_approvals_count", p.PendingApprovals.Count),
                ("pending_approvals_more", Nonzero(p.PendingApprovals.Count - Math.Min(listLimit, p.PendingApprovals.Count))),
                ("pending_approvals", List(p.PendingApprovals.Take(listLimit).Select(a => Obj(("incident", Ref(a.Incident)), ("name", a.Approval.Name),
                    ("role", a.Approval.Role), ("decision", IncidentFormat.Decisions.Name(a.Approval.Decision)), ("decision_label", IncidentFormat.Decisions.LabelOf(a.Approval.Decision)), ("date", a.Approval.Date))))))),
            ("incidents", List(p.Incidents.Select(i => Obj(("incident", Ref(i)), ("status", IncidentFormat.Statuses.Name(i.Status)),
                ("status_label", IncidentFormat.Statuses.LabelOf(i.Status)), ("duration", i.TimeToResolve), ("file", i.Source.DisplayPath))))),
            ("excluded", List(p.Excluded.Select(e => Obj(("file", e.DisplayPath), ("line", Nonzero(e.Line)), ("column", Nonzero(e.Column)),
                ("message", e.Message), ("errors", e.ErrorCount))))),
            ("definitions", Obj(("percentiles", Percentiles.Definition), ("downtime", CustomerDowntime.Definition))));
        return root;
    }

    private static ScriptObject? Period(Portfolio p) => p.Period is not { } period ? null : Obj(
        ("from", period.From), ("to", period.To), ("days", period.Days), ("as_of", period.AsOf),
        ("as_of_source", period.AsOfSource switch
        {
            AsOfSource.Given => "given",
            AsOfSource.LatestPostmortemDate => "latest_postmortem_date",
            _ => "latest_incident_date",
        }),
        ("from_given", period.FromGiven ? true : null), ("to_given", period.ToGiven ? true : null),
        ("previous", period.Previous is { } prev ? Obj(("from", prev.From), ("to", prev.To), ("incidents", p.PreviousIncidents!.Count)) : null));

    private static ScriptObject Counts(Portfolio p) => Obj(
        ("total", p.Incidents.Count), ("outside_period", Nonzero(p.OutsidePeriod)), ("excluded", Nonzero(p.Excluded.Count)),
        ("by_severity", List(Severities.Select(s => Obj(("severity", Lower(s)), ("label", s.ToString()), ("count", p.CountBySeverity[(int)s]))))))!;

    private static ScriptObject Speed(SpeedComparison row)
    {
        ScriptObject? Stats(DurationStats s) => Obj(("count", s.Count), ("median", s.Median), ("p90", s.P90));
        ScriptObject? Row(SpeedRow? r) => r is null ? null : Obj(("incidents", r.Incidents),
            ("detect", Stats(r.TimeToDetect)), ("resolve", Stats(r.TimeToResolve)));
        return Obj(
            ("severity", row.Current.Severity is { } s ? Lower(s) : "all"), ("label", row.Current.Severity?.ToString() ?? "All incidents"),
            ("incidents", row.Current.Incidents), ("detect", Stats(row.Current.TimeToDetect)), ("resolve", Stats(row.Current.TimeToResolve)),
            ("previous", Row(row.Previous)),
            ("detect_median_change", row.DetectMedianChange), ("detect_p90_change", row.DetectP90Change),
            ("resolve_median_change", row.ResolveMedianChange), ("resolve_p90_change", row.ResolveP90Change))!;
    }

    private static ScriptObject Item(ReviewActionItem a, Func<ReviewIncident, ScriptObject> reference) => Obj(
        ("incident", reference(a.Incident)), ("id", a.Item.Id), ("action", a.Item.Action), ("owner", a.Item.Owner?.Trim()),
        ("due", a.Item.Due), ("priority", a.Item.Priority?.ToString()), ("priority_tone", a.Item.Priority is { } pr ? MarkdownEscaper.Slug(pr.ToString()) : null),
        ("status", IncidentFormat.ActionStatuses.Name(a.Item.Status)), ("status_label", IncidentFormat.ActionStatuses.LabelOf(a.Item.Status)),
        ("days_overdue", a.DaysOverdue), ("tracker", a.Item.Tracker))!;

    private static ScriptArray? Recurring(IReadOnlyList<RecurringItem> items, Func<ReviewIncident, ScriptObject> reference) =>
        List(items.Select(r => Obj(("name", r.Name), ("count", r.Incidents.Count),
            ("incidents", List(r.Incidents.Take(RecurringIncidentsShown).Select(reference))),
            ("more", Nonzero(r.Incidents.Count - Math.Min(RecurringIncidentsShown, r.Incidents.Count))))));

    /// <summary>"Apr 2026" for a month, "2026-04-27" (its Monday) for a week.</summary>
    private static string BucketName(TrendBucket b, ReviewPeriod period) => TrendSeries.UnitFor(period.Days) == TrendUnit.Month
        ? $"{b.Label} {b.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : b.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object? Nonzero(int n) => n == 0 ? null : n;

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
