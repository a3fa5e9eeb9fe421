using System.Collections;
using Scriban.Runtime;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Layouts;

/// <summary>Turns an incident and its derived figures into the plain data a layout sees (<c>incident</c>,
/// <c>figures</c>), by walking the format declaration (<see cref="IncidentFormat"/>): every key under its YAML name,
/// enums as their YAML name plus a <c>_label</c>, timestamps already in the report's zone, and the names
/// <see cref="TemplateExtras"/> adds. Empty text, empty lists and sections with nothing in them are null, so
/// <c>if incident.lessons</c> is all a layout needs to test.</summary>
internal static class TemplateModel
{
    /// <summary>The <c>figures</c> object: derived figures, with the README's type and text for each.</summary>
    public static readonly IReadOnlyList<(string Name, string Type, string Description, Func<IncidentFigures, bool, object?> Value)> Figures =
    [
        ("duration", "duration", "resolved_at − started_at.", (f, _) => f.Duration),
        ("time_to_detect", "duration", "Detection time − started_at.", (f, _) => f.TimeToDetect),
        ("time_to_mitigate", "duration", "Mitigation time − started_at.", (f, _) => f.TimeToMitigate),
        ("time_to_resolve", "duration", "Same as `duration`.", (f, _) => f.TimeToResolve),
        ("timeline_chart", "true or null", "True when the generated timeline picture can be drawn.", (_, chart) => chart ? true : null),
    ];

    /// <summary>The model of <paramref name="incident"/>; with <paramref name="positions"/>, each record knows its YAML
    /// node, so what a layout writes from it is traced to the incident file (see <see cref="SourcedObject"/>).</summary>
    public static ScriptObject Build(Incident incident, IncidentFigures figures, bool hasTimelineChart, IncidentPositions? positions = null)
    {
        var view = new View(figures, positions);
        var root = new ScriptObject(StringComparer.Ordinal)
        {
            ["incident"] = view.Record(IncidentFormat.Incident, incident),
        };
        var derived = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, _, _, value) in Figures) derived[name] = value(figures, hasTimelineChart);
        root["figures"] = derived;
        return root;
    }

    /// <summary>How much data <paramref name="model"/> holds: every value and list entry, and the characters of its text
    /// (what the layout budget scales with).</summary>
    public static ModelSize Measure(ScriptObject model)
    {
        long values = 0, characters = 0;
        var pending = new Stack<object>(64);
        pending.Push(model);
        while (pending.Count > 0)
        {
            values++;
            switch (pending.Pop())
            {
                case string s: characters += s.Length; break;
                // The object's own enumerator: ScriptObject.Values copies its values into a new list each time.
                case ScriptObject o: foreach (var (_, v) in o) if (v is not null) pending.Push(v); break;
                case ScriptArray a: foreach (var v in a) if (v is not null) pending.Push(v); break;
            }
        }
        return new ModelSize(values, characters);
    }

    /// <summary>Projects model values into Scriban values, shape by shape. One per render.</summary>
    internal sealed class View(IncidentFigures figures, IncidentPositions? positions = null)
    {
        /// <summary>The derived figures of the incident being shown.</summary>
        public IncidentFigures Figures { get; } = figures;

        /// <summary>The value a layout sees for a model value of the given shape.</summary>
        public object? Value(Shape shape, object? value) => value switch
        {
            null => null,
            string text => string.IsNullOrWhiteSpace(text) ? null : text,   // most values: no shape test needed
            _ => Shaped(shape, value),
        };

        private object? Shaped(Shape shape, object value) => shape switch
        {
            IObjectShape record => Record(record, value),
            ITextOrObjectShape choice => Record(choice.Object, value),
            IListShape list => List(list.Item, (IList)value),
            IEnumShape choices => choices.NameOf(value),
            _ => Plain(value),
        };

        /// <summary>A record as an object of its keys, their labels and its extras; null when all are empty.</summary>
        public ScriptObject? Record(IObjectShape shape, object record)
        {
            var plan = TemplateRecordPlan.For(shape);
            var capacity = plan.Slots.Length * 2;
            var obj = positions?.Of(record) is { } node ? new SourcedObject(node, capacity) : new ScriptObject(capacity, StringComparer.Ordinal);
            var any = false;
            foreach (var (field, choices, labelKey) in plan.Slots)
            {
                var value = field.Get(record);
                if (choices is null) any |= Set(obj, field.Key, Value(field.Shape, value));
                else any |= Set(obj, field.Key, choices.NameOf(value)) | Set(obj, labelKey!, choices.LabelOf(value));
            }
            foreach (var extra in plan.Extras) any |= Set(obj, extra.Name, extra.Value(record, this));
            return any ? obj : null;
        }

        private ScriptArray? List(Shape item, IList values)
        {
            var array = new ScriptArray(values.Count);
            foreach (var value in values)
                if (Value(item, value) is { } v) array.Add(v);
            return array.Count == 0 ? null : array;
        }

        /// <summary>The non-empty items; null when there are none.</summary>
        public static ScriptArray? List(IEnumerable<object?> items)
        {
            var array = new ScriptArray();
            foreach (var item in items)
                if (item is not null) array.Add(item);
            return array.Count == 0 ? null : array;
        }

        /// <summary>An object of the given entries (empty text as null); null when every value is empty.</summary>
        public static ScriptObject? Obj(params (string Key, object? Value)[] entries)
        {
            var obj = new ScriptObject(StringComparer.Ordinal);
            var any = false;
            foreach (var (key, value) in entries) any |= Set(obj, key, value);
            return any ? obj : null;
        }

        /// <summary>Text (blank as null), a timestamp in the report's zone, or the value as it is (dates, numbers).</summary>
        public object? Plain(object? value) => value switch
        {
            string s => string.IsNullOrWhiteSpace(s) ? null : s,
            DateTimeOffset t => Figures.ToLocal(t),
            _ => value,
        };

        private static bool Set(ScriptObject obj, string key, object? value)
        {
            var v = value is string s && string.IsNullOrWhiteSpace(s) ? null : value;
            obj[key] = v;
            return v is not null;
        }
    }
}
