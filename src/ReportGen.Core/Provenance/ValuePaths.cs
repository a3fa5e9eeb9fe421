using System.Collections;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Provenance;

/// <summary>The YAML path of every text value of one incident (<c>timeline[3].event</c>), found by walking the format
/// declaration over the model. Layout helpers receive the very string object the model holds, so a value is recognised
/// by reference, whatever the layout did with sorting or nesting on the way. One instance per render.</summary>
internal sealed class ValuePaths
{
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _paths = [];

    /// <summary>Every text value of <paramref name="incident"/> with its path.</summary>
    public static ValuePaths Of(Incident incident)
    {
        var paths = new ValuePaths();
        paths.Walk(IncidentFormat.Incident, incident, "");
        return paths;
    }

    /// <summary>The id of a value taken from the model, or -1 when it is not one (derived text, a literal).</summary>
    public int IdOf(object? value) => value is string s && _ids.TryGetValue(s, out var id) ? id : -1;

    /// <summary>The path of an id <see cref="IdOf"/> gave; null when out of range.</summary>
    public string? PathOf(int id) => id >= 0 && id < _paths.Count ? _paths[id] : null;

    private void Walk(IObjectShape shape, object record, string prefix)
    {
        foreach (var field in shape.Fields)
        {
            var path = prefix.Length == 0 ? field.Key : prefix + "." + field.Key;
            Value(field.Shape, field.Get(record), path);
        }
    }

    private void Value(Shape shape, object? value, string path)
    {
        switch (value)
        {
            case null: return;
            case string text:
                // The first path wins: a default that reuses another value (a figure's alt text is its title) stays with
                // the key it was written under.
                if (text.Length > 0 && _ids.TryAdd(text, _paths.Count)) _paths.Add(path);
                return;
            case IList list when shape is IListShape listShape:
                for (var i = 0; i < list.Count; i++)
                    Value(listShape.Item, list[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                return;
        }
        switch (shape)
        {
            case IObjectShape record: Walk(record, value, path); break;
            case ITextOrObjectShape choice: Walk(choice.Object, value, path); break;
        }
    }
}
