using Scriban.Runtime;
using ReportGen.Core.Model;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>Turns an incident and its derived figures into the plain data a layout sees (<c>incident</c>,
/// <c>figures</c>): objects, lists, strings, timestamps already in the report's zone, durations. Empty text, empty
/// lists and sections with nothing in them are null, so <c>if incident.lessons</c> is all a layout needs to test.</summary>
internal static class TemplateModel
{
    public static ScriptObject Build(Incident incident, IncidentFigures figures, bool hasTimelineChart)
    {
        DateTimeOffset? Local(DateTimeOffset? t) => t is { } v ? figures.ToLocal(v) : null;
        var root = new ScriptObject(StringComparer.Ordinal);
        var i = Obj(
            ("id", incident.Id),
            ("title", incident.Title),
            ("severity", incident.Severity.ToString().ToLowerInvariant()),
            ("severity_label", incident.Severity.ToString()),
            ("status", incident.Status.ToString().ToLowerInvariant()),
            ("status_label", incident.Status == IncidentStatus.Review ? "In review" : incident.Status.ToString()),
            ("started_at", Local(incident.StartedAt)),
            ("detected_at", Local(figures.DetectedAt)),
            ("mitigated_at", Local(figures.MitigatedAt)),
            ("resolved_at", Local(incident.ResolvedAt)),
            ("timezone", incident.TimeZone),
            ("postmortem_date", incident.PostmortemDate),
            ("summary", incident.Summary),
            ("timeline", List(figures.SortedTimeline.Select(e => Obj(
                ("at", Local(e.At)), ("at_text", e.AtText), ("event", e.Event), ("by", e.By),
                ("kind", e.Kind.ToString().ToLowerInvariant()),
                ("kind_label", e.Kind == TimelineKind.Other ? null : e.Kind.ToString()))))),
            ("impact", Impact(incident.Impact)),
            ("root_cause", RootCause(incident.RootCause)),
            ("lessons", incident.Lessons is { } l ? Obj(("went_well", Strings(l.WentWell)), ("could_improve", Strings(l.CouldImprove))) : null),
            ("action_items", List(incident.ActionItems.Select(a => Obj(
                ("id", a.Id), ("anchor", "action-" + MarkdownEscaper.Slug(a.Id)), ("action", a.Action), ("owner", a.Owner),
                ("due", a.Due), ("priority", a.Priority?.ToString()), ("status", StatusName(a.Status)),
                ("status_label", StatusLabel(a.Status)), ("tracker", a.Tracker))))),
            ("prevention", incident.Prevention is { } p ? Obj(("short_term", Measures(p.ShortTerm)), ("long_term", Measures(p.LongTerm))) : null),
            ("appendices", Appendices(incident.Appendices)),
            ("signoff", incident.SignOff is { } s ? Obj(
                ("facilitated_by", s.FacilitatedBy), ("reviewed_by", Strings(s.ReviewedBy)), ("date", s.Date), ("next_review", s.NextReview)) : null));
        root["incident"] = i;
        root["figures"] = Obj(
            ("duration", figures.Duration), ("time_to_detect", figures.TimeToDetect), ("time_to_mitigate", figures.TimeToMitigate),
            ("time_to_resolve", figures.TimeToResolve), ("timeline_chart", hasTimelineChart ? true : null));
        return root;
    }

    /// <summary>How much data <paramref name="model"/> holds: every value and list entry, and the characters of its text
    /// (what the layout budget scales with).</summary>
    public static ModelSize Measure(ScriptObject model)
    {
        long values = 0, characters = 0;
        var pending = new Stack<object>();
        pending.Push(model);
        while (pending.Count > 0)
        {
            values++;
            switch (pending.Pop())
            {
                case string s: characters += s.Length; break;
                case ScriptObject o: foreach (var v in o.Values) if (v is not null) pending.Push(v); break;
                case ScriptArray a: foreach (var v in a) if (v is not null) pending.Push(v); break;
            }
        }
        return new ModelSize(values, characters);
    }

    private static ScriptObject? Impact(Impact? impact) => impact is null ? null : Obj(
        ("external", impact.External is { } e ? Obj(
            ("affected_users", e.AffectedUsers), ("features_unavailable", Strings(e.FeaturesUnavailable)),
            ("user_experience", e.UserExperience), ("business", e.Business)) : null),
        ("internal", impact.Internal is { } n ? Obj(
            ("teams", Strings(n.Teams)), ("services", Strings(n.Services)),
            ("data_consistency", n.DataConsistency), ("response_overhead", n.ResponseOverhead)) : null),
        ("metrics", impact.Metrics is { } m ? Obj(
            ("traffic", m.Traffic), ("error_rate", m.ErrorRate), ("response_time", m.ResponseTime), ("downtime", m.Downtime),
            ("other", List(m.Other.Select(o => Obj(("name", o.Name), ("value", o.Value)))))) : null),
        ("figures", List(impact.Figures.Select(f => Obj(("title", f.Title), ("path", f.Path))))));

    private static ScriptObject? RootCause(RootCause? rc) => rc is null ? null : Obj(
        ("what_happened", rc.WhatHappened), ("immediate_cause", rc.ImmediateCause),
        ("contributing_factors", Strings(rc.ContributingFactors)), ("systemic_issues", Strings(rc.SystemicIssues)),
        ("why_not_caught", rc.WhyNotCaught is { } w ? Obj(
            ("monitoring", Strings(w.Monitoring)), ("testing", Strings(w.Testing)),
            ("process", Strings(w.Process)), ("assumptions", Strings(w.Assumptions))) : null));

    private static ScriptObject? Appendices(Appendices? a) => a is null ? null : Obj(
        ("snippets", List(a.Snippets.Select(s => Obj(("title", s.Title), ("language", s.Language), ("code", s.Code))))),
        ("monitoring_gaps", List(a.MonitoringGaps.Select(g => Obj(("alert", g.Alert), ("why_not_fired", g.WhyNotFired))))),
        ("documentation", List(a.Documentation.Select(d => Obj(("title", d.Title), ("url", d.Url), ("kind", d.Kind.ToString().ToLowerInvariant()))))));

    private static ScriptArray? Measures(IEnumerable<PreventionMeasure> measures) => List(measures.Select(m => Obj(
        ("measure", m.Measure),
        ("action_items", List(m.ActionItems.Select(id => Obj(("id", id), ("anchor", "action-" + MarkdownEscaper.Slug(id)))))))));

    private static string StatusName(ActionStatus s) => s switch
    {
        ActionStatus.InProgress => "in_progress",
        ActionStatus.WontDo => "wont_do",
        _ => s.ToString().ToLowerInvariant(),
    };

    private static string StatusLabel(ActionStatus s) => s switch
    {
        ActionStatus.InProgress => "In progress",
        ActionStatus.WontDo => "Won't do",
        _ => s.ToString(),
    };

    private static ScriptArray? Strings(IEnumerable<string> items) => List(items.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static ScriptArray? List<T>(IEnumerable<T?> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
            if (item is not null) array.Add(item);
        return array.Count == 0 ? null : array;
    }

    /// <summary>An object of the non-empty values; null when every value is empty.</summary>
    private static ScriptObject? Obj(params (string Key, object? Value)[] entries)
    {
        var obj = new ScriptObject(StringComparer.Ordinal);
        var any = false;
        foreach (var (key, value) in entries)
        {
            var v = value is string s && string.IsNullOrWhiteSpace(s) ? null : value;
            obj[key] = v;
            any |= v is not null;
        }
        return any ? obj : null;
    }
}
