using ReportGen.Core.Model;

namespace ReportGen.Core.Review;

/// <summary>One action item with the incident it belongs to and how it stands on the as-of date.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Item">The action item as written.</param>
/// <param name="DaysOverdue">Days past its due date on the as-of date (positive) when it is overdue; null otherwise.</param>
public sealed record ReviewActionItem(ReviewIncident Incident, ActionItem Item, int? DaysOverdue)
{
    /// <summary>True while the item is open or in progress.</summary>
    public bool IsOpen => Item.Status is ActionStatus.Open or ActionStatus.InProgress;
}

/// <summary>How one owner's action items stand.</summary>
/// <param name="Owner">The owner as most often written (trimmed); <see cref="ActionItemFigures.NoOwner"/> for items without one.</param>
/// <param name="Total">All items.</param>
/// <param name="Done">Done.</param>
/// <param name="WontDo">Closed as won't do.</param>
/// <param name="Open">Open or in progress.</param>
/// <param name="Overdue">Open or in progress and past due on the as-of date.</param>
public sealed record OwnerCompletion(string Owner, int Total, int Done, int WontDo, int Open, int Overdue)
{
    /// <summary>Done ÷ (all − won't do), in whole percent rounded half away from zero; null when every item was
    /// closed as won't do.</summary>
    public int? CompletionPercent => Total - WontDo == 0 ? null
        : (int)Math.Round(Done * 100.0 / (Total - WontDo), MidpointRounding.AwayFromZero);
}

/// <summary>The action-item figures of a review: every item of the period's incidents, the overdue ones, the open
/// P0/P1 ones and completion per owner.</summary>
public static class ActionItemFigures
{
    /// <summary>How an item without an owner is listed.</summary>
    public const string NoOwner = "(no owner)";

    /// <summary>Every action item of <paramref name="incidents"/> (in their order, each in file order), judged on
    /// <paramref name="asOf"/>: an item is overdue when it is open or in progress and due before the as-of date.</summary>
    public static IReadOnlyList<ReviewActionItem> All(IEnumerable<ReviewIncident> incidents, DateOnly asOf) =>
        incidents.SelectMany(i => i.ActionItems.Select(a => new ReviewActionItem(i, a,
            a.Status is ActionStatus.Open or ActionStatus.InProgress && a.Due is { } due && due < asOf
                ? asOf.DayNumber - due.DayNumber : null))).ToList();

    /// <summary>Overdue items: highest priority first (items without a priority last), then the longest overdue, then
    /// by incident date, incident id and item id.</summary>
    public static IReadOnlyList<ReviewActionItem> Overdue(IEnumerable<ReviewActionItem> items) =>
        items.Where(a => a.DaysOverdue is not null)
            .OrderBy(a => PriorityRank(a.Item.Priority)).ThenByDescending(a => a.DaysOverdue)
            .ThenBy(a => a.Incident.StartedAt.UtcDateTime).ThenBy(a => a.Incident.Id, StringComparer.Ordinal)
            .ThenBy(a => a.Item.Id, StringComparer.Ordinal).ToList();

    /// <summary>Open or in-progress P0 and P1 items: P0 first, then by due date (earliest first), incident and item.</summary>
    public static IReadOnlyList<ReviewActionItem> OpenUrgent(IEnumerable<ReviewActionItem> items) =>
        items.Where(a => a.IsOpen && a.Item.Priority is Priority.P0 or Priority.P1)
            .OrderBy(a => PriorityRank(a.Item.Priority)).ThenBy(a => a.Item.Due ?? DateOnly.MaxValue)
            .ThenBy(a => a.Incident.StartedAt.UtcDateTime).ThenBy(a => a.Incident.Id, StringComparer.Ordinal)
            .ThenBy(a => a.Item.Id, StringComparer.Ordinal).ToList();

    /// <summary>Completion per owner, owners matched case-insensitively after trimming: the lowest completion first
    /// (owners whose items were all won't do last), then the most open items, then by name.</summary>
    public static IReadOnlyList<OwnerCompletion> PerOwner(IEnumerable<ReviewActionItem> items) =>
        items.GroupBy(a => Key(a.Item.Owner), StringComparer.Ordinal)
            .Select(g => new OwnerCompletion(
                g.Key.Length == 0 ? NoOwner : RecurringFigures.PreferredSpelling(g.Select(a => a.Item.Owner!.Trim()).ToList()), g.Count(),
                g.Count(a => a.Item.Status == ActionStatus.Done), g.Count(a => a.Item.Status == ActionStatus.WontDo),
                g.Count(a => a.IsOpen), g.Count(a => a.DaysOverdue is not null)))
            .OrderBy(o => o.CompletionPercent ?? int.MaxValue).ThenByDescending(o => o.Open)
            .ThenBy(o => o.Owner, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Owner, StringComparer.Ordinal).ToList();

    /// <summary>0 for P0 … 3 for P3, 4 for no priority.</summary>
    public static int PriorityRank(Priority? priority) => priority is { } p ? (int)p : 4;

    private static string Key(string? owner) => string.IsNullOrWhiteSpace(owner) ? "" : RecurringFigures.Key(owner);
}
