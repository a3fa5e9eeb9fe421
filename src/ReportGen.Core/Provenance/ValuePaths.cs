using System.Collections;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Provenance;

/// <summary>The YAML path of every text value of one incident (<c>timeline[3].event</c>), found by walking the format
/// declaration over the model. Layout helpers receive the very string object the model holds, so a value is recognised
/// by reference, whatever the layout did with sorting or nesting on the way. A path is kept as its last step (key or
/// index) and its parent's id, and spelt out only when asked (<see cref="PathOf"/>): most values are never shown. One
/// instance per render.</summary>
internal sealed class ValuePaths
{
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<Step> _steps = [];
    private string?[]? _spelt;

    /// <summary>One step of a path: the parent's step (-1 at the root), then a key or a list index.</summary>
    private readonly record struct Step(int Parent, string? Key, int Index);

    /// <summary>Every text value of <paramref name="incident"/> with its path.</summary>
    public static ValuePaths Of(Incident incident)
    {
        var paths = new ValuePaths();
        paths.Walk(IncidentFormat.Incident, incident, -1);
        return paths;
    }

    /// <summary>The id of a value taken from the model, or -1 when it is not one (derived text, a literal).</summary>
    public int IdOf(object? value) => value is string s && _ids.TryGetValue(s, out var id) ? id : -1;

    /// <summary>The path of an id <see cref="IdOf"/> gave; null when out of range.</summary>
    public string? PathOf(int id)
    {
        if (id < 0 || id >= _steps.Count) return null;
        _spelt ??= new string?[_steps.Count];
        if (_spelt[id] is { } known) return known;
        var step = _steps[id];
        var parent = step.Parent < 0 ? "" : PathOf(step.Parent)!;
        var path = step.Key is null
            ? parent + "[" + step.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"
            : parent.Length == 0 ? step.Key : parent + "." + step.Key;
        return _spelt[id] = path;
    }

    private int Add(int parent, string? key, int index)
    {
        _steps.Add(new Step(parent, key, index));
        return _steps.Count - 1;
    }

    private void Walk(IObjectShape shape, object record, int parent)
    {
        var fields = TextFields.TryGetValue(shape, out var known) ? known : shape.Fields;
        for (var i = 0; i < fields.Count; i++)
            if (fields[i].Get(record) is { } value)
                Value(fields[i].Shape, value, parent, fields[i].Key, -1);
    }

    /// <summary>The fields of each record shape of the format that may hold text (text, lists, records), in declaration
    /// order: an enum, time, date or number never holds any, so its value is not read (nor boxed) for each record. Made
    /// once; only ever read.</summary>
    private static readonly Dictionary<IObjectShape, IReadOnlyList<Field>> TextFields = TextFieldsFrom(IncidentFormat.Incident);

    private static Dictionary<IObjectShape, IReadOnlyList<Field>> TextFieldsFrom(IObjectShape root)
    {
        var plans = new Dictionary<IObjectShape, IReadOnlyList<Field>>(); // shapes compare by reference
        var pending = new Stack<IObjectShape>([root]);
        while (pending.TryPop(out var shape))
        {
            if (plans.ContainsKey(shape)) continue;
            plans[shape] = shape.Fields.Where(f => f.Shape is not (IEnumShape or TimestampShape or DateShape or FormatVersionShape)).ToArray();
            foreach (var field in shape.Fields)
            {
                var inner = field.Shape is IListShape list ? list.Item : field.Shape;
                if (inner is ITextOrObjectShape choice) pending.Push(choice.Object);
                else if (inner is IObjectShape record) pending.Push(record);
            }
        }
        return plans;
    }

    private void Value(Shape shape, object value, int parent, string? key, int index)
    {
        switch (value)
        {
            case string text:
                // The first path wins: a default that reuses another value (a figure's alt text is its title) stays with
                // the key it was written under.
                if (text.Length > 0 && !_ids.ContainsKey(text)) _ids.Add(text, Add(parent, key, index));
                return;
            case IList list when shape is IListShape listShape:
                var me = Add(parent, key, index);
                for (var i = 0; i < list.Count; i++)
                    if (list[i] is { } item) Value(listShape.Item, item, me, null, i);
                return;
        }
        switch (shape)
        {
            case IObjectShape record: Walk(record, value, Add(parent, key, index)); break;
            case ITextOrObjectShape choice: Walk(choice.Object, value, Add(parent, key, index)); break;
        }
    }
}
