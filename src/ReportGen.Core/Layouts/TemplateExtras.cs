using ReportGen.Core.Markdown;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Layouts;

/// <summary>A name layouts see on a record besides its format keys (or instead of one, when it has the key's name):
/// a value derived for layouts, with the layout README's type and text.</summary>
internal abstract class TemplateExtra(IObjectShape owner, string name, string type, string description,
    IReadOnlyList<(string Name, string Type, string Description)>? members)
{
    /// <summary>The record shape it belongs to.</summary>
    public IObjectShape Owner { get; } = owner;
    /// <summary>The name layouts use.</summary>
    public string Name { get; } = name;
    /// <summary>What kind of value it is, for the README.</summary>
    public string Type { get; } = type;
    /// <summary>What it is, for the README.</summary>
    public string Description { get; } = description;
    /// <summary>For a list of objects: the names each object has, for the README; else null.</summary>
    public IReadOnlyList<(string Name, string Type, string Description)>? Members { get; } = members;

    /// <summary>The value layouts see for <paramref name="record"/>.</summary>
    public abstract object? Value(object record, TemplateModel.View view);
}

/// <summary>The template-only names, declared next to each other. Everything else a layout sees comes from the format
/// declaration itself.</summary>
internal static class TemplateExtras
{
    private sealed class Extra<T>(ObjectShape<T> owner, string name, string type, string description, Func<T, TemplateModel.View, object?> value,
        IReadOnlyList<(string, string, string)>? members) : TemplateExtra(owner, name, type, description, members) where T : class
    {
        public override object? Value(object record, TemplateModel.View view) => value((T)record, view);
    }

    private static TemplateExtra For<T>(ObjectShape<T> owner, string name, string type, string description, Func<T, TemplateModel.View, object?> value,
        params (string, string, string)[] members) where T : class => new Extra<T>(owner, name, type, description, value, members.Length == 0 ? null : members);

    /// <summary>Every extra, in README order.</summary>
    public static readonly IReadOnlyList<TemplateExtra> All =
    [
        For(IncidentFormat.Incident, "detected_at", "timestamp", "When it was detected: detected_at, else the first timeline entry of kind detection.",
            (_, v) => v.Plain(v.Figures.DetectedAt)),
        For(IncidentFormat.Incident, "mitigated_at", "timestamp", "When it was mitigated: mitigated_at, else the last timeline entry of kind mitigation.",
            (_, v) => v.Plain(v.Figures.MitigatedAt)),
        For(IncidentFormat.Incident, "timeline", "list", "The timeline entries sorted by time (entries at the same time in file order).",
            (_, v) => v.Value(IncidentFormat.Incident.Find("timeline")!.Shape, v.Figures.SortedTimeline)),
        For(IncidentFormat.TimelineEntry, "at_text", "text", "The `at` value as written (`09:12`).", (e, _) => e.AtText),
        For(IncidentFormat.ActionItem, "anchor", "text", "Anchor id of the item's table row (`action-a1`).", (a, _) => Anchor(a.Id)),
        For(IncidentFormat.PreventionMeasure, "action_items", "list", "The action items that carry it.",
            (m, _) => TemplateModel.View.List(m.ActionItems.Select(id => TemplateModel.View.Obj(("id", id), ("anchor", Anchor(id))))),
            ("id", "text", "The action item's id."), ("anchor", "text", "Anchor id of its table row (`action-a1`).")),
    ];

    private static readonly Dictionary<IObjectShape, TemplateExtra[]> ByOwner =
        All.GroupBy(x => x.Owner).ToDictionary(g => g.Key, g => g.ToArray());   // shapes compare by reference

    /// <summary>The extras of a record shape (none for most).</summary>
    public static IReadOnlyList<TemplateExtra> Of(IObjectShape shape) => ByOwner.GetValueOrDefault(shape, []);

    /// <summary>The anchor of an action item's row, which prevention measures link to.</summary>
    public static string Anchor(string actionItemId) => "action-" + MarkdownEscaper.Slug(actionItemId);
}
