using System.Globalization;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Review;

/// <summary>The review's two CSV files: <c>incidents.csv</c> (one record per incident in the period, with its derived
/// figures) and <c>action-items.csv</c> (one record per action item of those incidents, judged on the as-of date).
/// Times are UTC in ISO 8601, durations in minutes, dates <c>YYYY-MM-DD</c>, all culture-invariant.</summary>
public static class ReviewCsv
{
    /// <summary>File name of the incidents table.</summary>
    public const string IncidentsFile = "incidents.csv";

    /// <summary>File name of the action items table.</summary>
    public const string ActionItemsFile = "action-items.csv";

    /// <summary>One record per incident of <paramref name="portfolio"/>.</summary>
    public static byte[] Incidents(Portfolio portfolio)
    {
        var asOf = portfolio.Period?.AsOf;
        var items = portfolio.ActionItems.ToLookup(a => a.Incident);
        var table = new CsvTable("file", "id", "title", "severity", "status", "date", "started_at", "detected_at", "mitigated_at",
            "resolved_at", "time_to_detect_min", "time_to_mitigate_min", "time_to_resolve_min", "customer_facing",
            "postmortem_date", "days_since_resolution", "action_items", "action_items_open", "action_items_overdue",
            "services", "teams", "report");
        foreach (var i in portfolio.Incidents)
        {
            var own = items[i].ToList();
            table.Row(i.Source.DisplayPath, i.Id, i.Title, Name(i.Severity), IncidentFormat.Statuses.Name(i.Status), Date(i.Date), Stamp(i.StartedAt),
                Stamp(i.DetectedAt), Stamp(i.MitigatedAt), Stamp(i.ResolvedAt), Minutes(i.TimeToDetect), Minutes(i.TimeToMitigate),
                Minutes(i.TimeToResolve), i.CustomerFacing ? "yes" : "no", Date(i.PostmortemDate),
                i.ResolvedDate is { } r && asOf is { } a ? Number(a.DayNumber - r.DayNumber) : null,
                Number(own.Count), Number(own.Count(x => x.IsOpen)), Number(own.Count(x => x.DaysOverdue is not null)),
                string.Join("; ", i.Services), string.Join("; ", i.Teams), i.ReportLink);
        }
        return table.ToBytes();
    }

    /// <summary>One record per action item of <paramref name="portfolio"/>'s incidents.</summary>
    public static byte[] ActionItems(Portfolio portfolio)
    {
        var table = new CsvTable("incident_file", "incident_id", "incident_severity", "incident_date", "id", "action", "owner",
            "due", "priority", "status", "overdue", "days_overdue", "tracker");
        foreach (var a in portfolio.ActionItems)
        {
            var i = a.Incident;
            table.Row(i.Source.DisplayPath, i.Id, Name(i.Severity), Date(i.Date), a.Item.Id, a.Item.Action.Trim(), a.Item.Owner?.Trim(),
                Date(a.Item.Due), a.Item.Priority?.ToString(), IncidentFormat.ActionStatuses.Name(a.Item.Status), a.DaysOverdue is null ? "no" : "yes",
                a.DaysOverdue is { } d ? Number(d) : null, a.Item.Tracker);
        }
        return table.ToBytes();
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Stamp(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Minutes(TimeSpan? t) => t?.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
