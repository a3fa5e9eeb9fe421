using ReportGen.Core.Derivation;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>Rules that relate values to each other (after each value was checked on its own against
/// <see cref="IncidentFormat"/>): time zone, resolved before started, timeline order, the order of the other times
/// (<see cref="TimeOrder"/>), action item ids and references, due dates, approvals (<see cref="ApprovalCheck"/>). Each rule skips values that were already reported invalid, so one mistake gives one message.</summary>
internal static class IncidentChecks
{
    /// <summary>Runs the rules; returns the report zone and resolved timeline times when started_at is valid.</summary>
    public static (TimeZoneInfo? Zone, ReportClock.Resolved?[]? Times) Run(YMapping root, ValidationContext ctx)
    {
        var startedAt = root.ValueOf<DateTimeOffset>("started_at");
        var zone = CheckZone(root, ctx, startedAt);
        CheckResolved(root, ctx, startedAt);
        var times = zone is not null && startedAt is { } start ? CheckTimeline(root, ctx, start, zone) : null;
        if (times is not null) TimeOrder.Run(root, ctx, times, zone!);
        CheckActionItems(root, ctx);
        ApprovalCheck.Run(root, ctx);
        return (zone, times);
    }

    private static TimeZoneInfo? CheckZone(YMapping root, ValidationContext ctx, DateTimeOffset? startedAt)
    {
        TimeZoneInfo? named = null;
        if (root.Get("timezone") is YScalar { Value: string id } node)
        {
            named = ReportClock.FindZone(id);
            if (named is null)
            {
                var nearest = Suggestions.Nearest(id, TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id));
                ctx.Error(node, $"unknown time zone {DiagnosticText.Quote(id)}",
                    (nearest is null ? "" : $"did you mean '{nearest}'? ") + "use an IANA zone id such as Europe/Berlin or America/New_York");
                return null;
            }
        }
        return startedAt is { } s ? ReportClock.ReportZone(named, s) : null;
    }

    private static void CheckResolved(YMapping root, ValidationContext ctx, DateTimeOffset? startedAt)
    {
        var status = root.ValueOf<IncidentStatus>("status") ?? IncidentStatus.Draft;
        if (root.Get("resolved_at") is YScalar { Value: DateTimeOffset resolved } node)
        {
            if (startedAt is { } start && resolved < start)
                ctx.Error(node, $"resolved_at ({node.Text.Trim()}) is before started_at ({root.TextOfScalar("started_at")})",
                    "check the dates and the offsets of both timestamps");
        }
        else if (root.Get("resolved_at") is null && status == IncidentStatus.Review)
        {
            var field = IncidentFormat.Incident.Find("resolved_at")!;
            ObjectShape.ReportMissing(root, field, ctx, DiagnosticSeverity.Error, " (required unless status is draft)");
        }
    }

    private static ReportClock.Resolved?[] CheckTimeline(YMapping root, ValidationContext ctx, DateTimeOffset start, TimeZoneInfo zone)
    {
        if (root.Get("timeline") is not YSequence seq) return [];
        var atNodes = seq.Items.Select(i => (i as YMapping)?.Get("at") as YScalar).ToList();
        var times = ReportClock.ResolveTimeline(start, zone, atNodes.Select(n => n?.Value).ToList());
        DateTimeOffset? previous = null;
        string? previousText = null;
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] is not { } t || atNodes[i] is not { } node) continue;
            if (previous is { } p && t.At < p)
                ctx.Warning(node, $"timeline entry at {node.Text.Trim()} is earlier than the entry above it ({previousText})",
                    "order the timeline by time");
            else if (t.RolledFar)
                ctx.Warning(node, $"timeline entry at {node.Text.Trim()} is earlier than the entry above it ({previousText}), so it was read as the next day",
                    "order the timeline by time, or write a full timestamp for an entry on a later day");
            previous = t.At;
            previousText = node.Text.Trim();
        }
        return times;
    }

    private static void CheckActionItems(YMapping root, ValidationContext ctx)
    {
        var ids = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        var postmortem = root.ValueOf<DateOnly>("postmortem_date");
        if (root.Get("action_items") is YSequence items)
        {
            foreach (var item in items.Items.OfType<YMapping>())
            {
                if (item.Get("id") is YScalar { Value: string id } idNode && id.Trim().Length > 0)
                {
                    if (ids.TryGetValue(id, out var first))
                        ctx.Error(idNode, $"duplicate action item id {DiagnosticText.Quote(id)}", $"first used at line {first.Line}; give each action item its own id");
                    else ids[id] = idNode;
                }
                if (postmortem is { } pm && item.Get("due") is YScalar { Value: DateOnly due } dueNode && due < pm && IsOpen(item))
                    ctx.Warning(dueNode, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"action item is due {due:yyyy-MM-dd}, before the postmortem date {pm:yyyy-MM-dd}"),
                        "set a due date after the postmortem, or mark the item done");
            }
        }
        if (root.Get("prevention") is not YMapping prevention) return;
        foreach (var list in prevention.Entries.Select(e => e.Value).OfType<YSequence>())
            foreach (var measure in list.Items.OfType<YMapping>())
                if (measure.Get("action_items") is YSequence refs)
                    foreach (var r in refs.Items.OfType<YScalar>())
                        if (r.Value is string name && !ids.ContainsKey(name))
                        {
                            var nearest = Suggestions.Nearest(name, ids.Keys);
                            var known = ids.Count == 0 ? "there are no action items" : $"action item ids: {string.Join(", ", ids.Keys)}";
                            ctx.Error(r, $"no action item has the id {DiagnosticText.Quote(name)}", (nearest is null ? "" : $"did you mean '{nearest}'? ") + known);
                        }
    }

    /// <summary>An action item still to be done (open or in progress; the default is open).</summary>
    internal static bool IsOpen(YMapping item) =>
        (item.ValueOf<ActionStatus>("status") ?? ActionStatus.Open) is ActionStatus.Open or ActionStatus.InProgress;
}
