using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>Sign-off readiness: <c>status: final</c> gets one error listing every gap; <c>review</c> gets one warning
/// per gap at its place; a draft only hears about action items still lacking an owner, a due date or a priority.
/// Approvals: see <see cref="ApprovalCheck.Gaps"/>.</summary>
internal static class ReadinessCheck
{
    private sealed record Gap(YNode At, string Text);

    /// <summary>Checks readiness; <paramref name="zone"/> is the report's zone (null when it could not be found).</summary>
    public static void Run(YMapping root, ValidationContext ctx, TimeZoneInfo? zone)
    {
        var status = root.ValueOf<IncidentStatus>("status") ?? IncidentStatus.Draft;
        if (root.Get("status") is YScalar { Value: null }) return; // an invalid status was reported already
        var gaps = Collect(root, ctx, status, zone);
        if (status == IncidentStatus.Final)
        {
            if (gaps.Count == 0) return;
            var at = root.Get("status")!;
            ctx.Error(at, $"status is final but the incident is not ready for sign-off ({gaps.Count} {(gaps.Count == 1 ? "gap" : "gaps")}): " +
                string.Join("; ", gaps.Select(g => g.At is YMapping && g.At.Parent is null ? g.Text : $"{g.Text} (line {g.At.Line})")),
                "fill in each gap, or set status: review while they are open");
            return;
        }
        foreach (var gap in gaps)
            ctx.Warning(gap.At, status == IncidentStatus.Review ? $"not ready for sign-off: {gap.Text}" : gap.Text,
                status == IncidentStatus.Review ? "status: final will require this" : "required before sign-off");
    }

    private static List<Gap> Collect(YMapping root, ValidationContext ctx, IncidentStatus status, TimeZoneInfo? zone)
    {
        var gaps = new List<Gap>();
        var items = (root.Get("action_items") as YSequence)?.Items.OfType<YMapping>().ToList() ?? [];
        foreach (var item in items)
        {
            var name = item.TextOf("id") is { } id ? $"action item {id}" : "an action item";
            foreach (var key in new[] { "owner", "due", "priority" })
                if (item.Get(key) is null) gaps.Add(new(item, $"{name} has no {(key == "due" ? "due date" : key)}"));
        }
        if (status == IncidentStatus.Draft) return gaps;

        if (status == IncidentStatus.Final && root.Get("resolved_at") is null) gaps.Add(new(root, "resolved_at is not set"));
        if (root.Get("summary") is null) gaps.Add(new(root, "summary is missing"));
        if (items.Count == 0) gaps.Add(new(root.Get("action_items") ?? root, "there are no action items"));
        if (root.ValueOf<Severity>("severity") is (Severity.Critical or Severity.High) and var severity && items.Count > 0
            && !items.Any(i => i.ValueOf<Priority>("priority") is Priority.P0 or Priority.P1))
            gaps.Add(new(root.Get("action_items")!, $"a {IncidentFormat.Severities.Name(severity)} incident needs at least one P0 or P1 action item"));
        if (status == IncidentStatus.Final && ctx.Placeholders.Count > 0)
            gaps.Add(new(root, $"placeholder text is left on line{(ctx.Placeholders.Count == 1 ? "" : "s")} {string.Join(", ", ctx.Placeholders.Select(p => p.Line).Distinct())}"));
        var signoff = root.Get("signoff") as YMapping;
        YNode signoffAt = signoff ?? (YNode)root;
        if (signoff?.Get("facilitated_by") is null) gaps.Add(new(signoffAt, "signoff.facilitated_by is missing"));
        if (signoff?.Get("reviewed_by") is not YSequence { Items.Count: > 0 }) gaps.Add(new(signoffAt, "signoff.reviewed_by names no reviewer"));
        if (signoff?.Get("date") is null) gaps.Add(new(signoffAt, "signoff.date is missing"));
        var open = items.Any(IncidentChecks.IsOpen);
        if (open && signoff?.Get("next_review") is null)
            gaps.Add(new(signoffAt, "signoff.next_review is missing while action items are still open"));
        foreach (var (at, text) in ApprovalCheck.Gaps(root, zone)) gaps.Add(new(at, text));
        return gaps;
    }
}
