using System.Globalization;
using ReportGen.Core.Derivation;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The order of an incident's times, as the format's derived figures assume it: detected, mitigated and
/// resolved come after started; detected and mitigated come by the time it is resolved; timeline steps of the
/// response come after the start. Each break is an error at the field (or the timeline entry) that breaks it, naming
/// the other field and both times, so no report can show "Time to detect: -10 min".</summary>
internal static class TimeOrder
{
    /// <summary>How long after resolved_at a timeline entry is still normal follow-up. Timelines often record the fix
    /// shipped the next day or the review after a weekend, so a week is allowed (longer when the postmortem is later:
    /// entries up to its date are fine too). Later than that, an entry is almost always a typo in the date (2027 for
    /// 2026, 04 for 03) or work that belongs in action_items with status done; it would also stretch the timeline
    /// chart until the incident itself is a sliver. Refused.</summary>
    public static readonly TimeSpan FollowUpWindow = TimeSpan.FromDays(7);

    /// <summary>How long before started_at a context entry (kind other: the deploy that caused it) passes without a
    /// warning. Causes a few days old are common; a month or a year earlier usually means a mistyped date.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    private readonly record struct Time(YScalar Node, DateTimeOffset At)
    {
        public string Text => Node.Text.Trim();
    }

    public static void Run(YMapping root, ValidationContext ctx, ReportClock.Resolved?[] times, TimeZoneInfo zone)
    {
        if (Field(root, "started_at") is not { } started) return;
        var detected = Field(root, "detected_at");
        var mitigated = Field(root, "mitigated_at");
        var resolved = Field(root, "resolved_at");
        if (detected is { } d && d.At < started.At)
            Before(ctx, "detected_at", d, started, $"an incident is detected after it starts (time to detect would be {FormatHelpers.Duration(d.At - started.At)})");
        if (mitigated is { } m && m.At < started.At)
            Before(ctx, "mitigated_at", m, started, $"an incident is mitigated after it starts (time to mitigate would be {FormatHelpers.Duration(m.At - started.At)})");
        if (resolved is { } r && r.At >= started.At)
        {
            if (detected is { } d2 && d2.At > r.At) After(ctx, "detected_at", d2, r, "an incident is detected by the time it is resolved");
            if (mitigated is { } m2 && m2.At > r.At) After(ctx, "mitigated_at", m2, r, "an incident is mitigated by the time it is resolved");
        }
        Timeline(root, ctx, times, zone, started, resolved, detected is null, mitigated is null);
    }

    private static void Timeline(YMapping root, ValidationContext ctx, ReportClock.Resolved?[] times, TimeZoneInfo zone,
        Time started, Time? resolved, bool derivesDetection, bool derivesMitigation)
    {
        if (root.Get("timeline") is not YSequence seq) return;
        var limit = FollowUpLimit(root, resolved, zone);
        (int Index, DateTimeOffset At)? firstDetection = null, lastMitigation = null;
        var reported = new HashSet<int>();
        for (var i = 0; i < times.Length && i < seq.Items.Count; i++)
        {
            if (times[i] is not { } resolvedTime || seq.Items[i] is not YMapping entry || entry.Get("at") is not YScalar at) continue;
            var t = resolvedTime.At;
            var kind = entry.ValueOf<TimelineKind>("kind") ?? TimelineKind.Other;
            if (t < started.At && kind != TimelineKind.Other)
            {
                ctx.Error(at, $"timeline entry at {Shown(at, t, zone)} is {Article(kind)} before started_at ({started.Text})",
                    "nothing is detected or handled before the incident starts: check the time, move started_at back if the incident " +
                    "began earlier, or use kind: other for a cause that came before it");
                reported.Add(i);
            }
            else if (t < started.At - LookBack)
                ctx.Warning(at, $"timeline entry at {Shown(at, t, zone)} is {Days(started.At - t)} before started_at ({started.Text})",
                    "check the date; context this old usually belongs in root_cause.what_happened");
            if (resolved is { } r && limit is { } l && t > l)
            {
                ctx.Error(at, $"timeline entry at {Shown(at, t, zone)} is {Days(t - r.At)} after resolved_at ({r.Text})",
                    $"a timeline covers the incident and the follow-up up to {FollowUpWindow.Days} days after resolved_at (or up to the " +
                    "postmortem date): check the date, or record later work in action_items with status: done");
                reported.Add(i);
            }
            if (kind == TimelineKind.Detection && (firstDetection is null || t < firstDetection.Value.At)) firstDetection = (i, t);
            if (kind == TimelineKind.Mitigation && (lastMitigation is null || t >= lastMitigation.Value.At)) lastMitigation = (i, t);
        }
        if (resolved is not { } res || res.At < started.At) return;
        if (derivesDetection && firstDetection is { } fd && fd.At > res.At && !reported.Contains(fd.Index))
            Derived(ctx, seq, fd.Index, fd.At, zone, "first detection, so the detection time", "detected_at", res);
        if (derivesMitigation && lastMitigation is { } lm && lm.At > res.At && !reported.Contains(lm.Index))
            Derived(ctx, seq, lm.Index, lm.At, zone, "last mitigation, so the mitigation time", "mitigated_at", res);
    }

    private static void Derived(ValidationContext ctx, YSequence seq, int index, DateTimeOffset t, TimeZoneInfo zone, string role, string field, Time resolved)
    {
        var at = (YScalar)((YMapping)seq.Items[index]).Get("at")!;
        ctx.Error(at, $"timeline entry at {Shown(at, t, zone)} is the {role}, but it is after resolved_at ({resolved.Text})",
            $"set {field} to when that really happened (a step after the resolution then stays a later step), or check the times");
    }

    /// <summary>resolved_at plus the follow-up window, or the end of the postmortem day if that is later.</summary>
    private static DateTimeOffset? FollowUpLimit(YMapping root, Time? resolved, TimeZoneInfo zone)
    {
        if (resolved is not { } r) return null;
        var limit = r.At + FollowUpWindow;
        if (root.ValueOf<DateOnly>("postmortem_date") is { } pm)
        {
            var endOfDay = ReportClock.AtLocal(pm.AddDays(1), TimeOnly.MinValue, zone, DateTimeOffset.MinValue);
            if (endOfDay > limit) limit = endOfDay;
        }
        return limit;
    }

    private static void Before(ValidationContext ctx, string name, Time value, Time started, string why) =>
        ctx.Error(value.Node, $"{name} ({value.Text}) is before started_at ({started.Text})",
            $"{why}; check both times and their offsets, or move started_at back if the incident began earlier");

    private static void After(ValidationContext ctx, string name, Time value, Time resolved, string why) =>
        ctx.Error(value.Node, $"{name} ({value.Text}) is after resolved_at ({resolved.Text})",
            $"{why}; check both times and their offsets, and resolved_at");

    private static Time? Field(YMapping root, string key) =>
        root.Get(key) is YScalar { Value: DateTimeOffset at } node ? new Time(node, at) : null;

    /// <summary>The time as written, with the instant it stands for when it was a bare HH:MM.</summary>
    private static string Shown(YScalar at, DateTimeOffset t, TimeZoneInfo zone)
    {
        if (at.Value is not TimeOnly) return at.Text.Trim();
        var local = TimeZoneInfo.ConvertTime(t, zone);
        var offset = local.Offset == TimeSpan.Zero ? "Z" : local.ToString("zzz", CultureInfo.InvariantCulture);
        return $"{at.Text.Trim()} ({local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}{offset})";
    }

    private static string Article(TimelineKind kind)
    {
        var name = IncidentFormat.TimelineKinds.Name(kind);
        return (name[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + name;
    }

    private static string Days(TimeSpan span)
    {
        var days = (int)Math.Floor(span.TotalDays);
        return days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";
    }
}
