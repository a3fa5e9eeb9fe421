using System.Globalization;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The rules of <c>signoff.approvals</c> beyond each value's shape. Errors whatever the status: a decided
/// approval without a date, a pending one with a date, the same approver named twice (ignoring case and surrounding
/// spaces). Sign-off readiness (<see cref="ReadinessCheck"/>): every approval decided approved, none dated before
/// started_at. An approval whose decision or date was already reported invalid is left to that message.</summary>
internal static class ApprovalCheck
{
    /// <summary>One approval as the checks see it.</summary>
    private readonly record struct Entry(YMapping Map, string Who, ApprovalDecision? Decision, YScalar? DecisionNode)
    {
        /// <summary>The decision's name (pending when none is written).</summary>
        public string DecisionText => IncidentFormat.Decisions.Name(Decision!.Value);
    }

    /// <summary>Reports the errors that hold whatever the status.</summary>
    public static void Run(YMapping root, ValidationContext ctx)
    {
        var names = new Dictionary<string, YScalar>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries(root))
        {
            if (entry.Map.Get("name") is YScalar { Value: string name } nameNode && name.Trim().Length > 0)
            {
                if (names.TryGetValue(name.Trim(), out var first))
                    ctx.Error(nameNode, $"{Quoted(name)} is named twice as an approver",
                        $"first at line {first.Line}; list each approver once (names are compared ignoring case and surrounding spaces)");
                else names[name.Trim()] = nameNode;
            }
            if (entry.Decision is not { } decision) continue;
            var date = entry.Map.Entries.FirstOrDefault(e => e.Key.Text == "date");
            var dated = date.Value is YScalar { IsNull: false };
            if (decision != ApprovalDecision.Pending && !dated)
            {
                // At the empty 'date:' when there is one, else at the decision that requires it.
                var path = date.Key is null ? null : ObjectShape.Join(entry.Map.Path, "date");
                ctx.Report(DiagnosticSeverity.Error, date.Key ?? (YNode)entry.DecisionNode!, $"the approval by {entry.Who} is {entry.DecisionText} but has no date",
                    "add 'date:' with the day of the decision (YYYY-MM-DD)", path);
            }
            else if (decision == ApprovalDecision.Pending && dated && date.Value is YScalar { Value: DateOnly } dateNode)
                ctx.Error(dateNode, $"the approval by {entry.Who} is {entry.DecisionText} but has a date ({dateNode.Text.Trim()})",
                    "record the decision (decision: approved, changes_requested or rejected), or remove the date until it is made");
        }
    }

    /// <summary>What keeps the incident from sign-off: each approval not approved (naming the approver and the
    /// decision), each one dated before started_at (as a date in the report's zone).</summary>
    public static IEnumerable<(YNode At, string Text)> Gaps(YMapping root, TimeZoneInfo? zone)
    {
        DateOnly? startDay = root.ValueOf<DateTimeOffset>("started_at") is { } started
            ? DateOnly.FromDateTime((zone is null ? started : TimeZoneInfo.ConvertTime(started, zone)).DateTime)
            : null;
        foreach (var entry in Entries(root))
        {
            if (entry.Decision is { } decision && decision != ApprovalDecision.Approved)
                yield return (entry.DecisionNode ?? (YNode)entry.Map, $"{entry.Who} has not approved (decision: {entry.DecisionText})");
            if (startDay is { } day && entry.Map.Get("date") is YScalar { Value: DateOnly date } dateNode && date < day)
                yield return (dateNode, $"the approval by {entry.Who} is dated {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, " +
                                        $"before started_at ({root.TextOfScalar("started_at")})");
        }
    }

    /// <summary>The approvals that are mappings; the decision is null when it was written but is not valid.</summary>
    private static IEnumerable<Entry> Entries(YMapping root)
    {
        if (root.Get("signoff") is not YMapping signoff || signoff.Get("approvals") is not YSequence approvals) yield break;
        foreach (var map in approvals.Items.OfType<YMapping>())
        {
            var node = map.Get("decision") as YScalar;
            ApprovalDecision? decision = node is null ? ApprovalDecision.Pending : node.Value is ApprovalDecision d ? d : null;
            var who = map.Get("name") is YScalar { Value: string name } && name.Trim().Length > 0 ? Quoted(name) : $"the approver at line {map.Line}";
            yield return new Entry(map, who, decision, node);
        }
    }

    private static string Quoted(string name) => DiagnosticText.Quote(name.Trim());
}
