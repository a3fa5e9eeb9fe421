using ReportGen.Core.Validation;
using ReportGen.Import.Yaml;

namespace ReportGen.Import.Values;

/// <summary>Values the report shows in another form than the file holds: an enum by its label (a title badge), and a
/// key the file leaves to its default (a figure's alt text is its title until the file has an alt).</summary>
internal static class ShownChoices
{
    /// <summary>The enum at <paramref name="path"/>, or null when the field is not one.</summary>
    public static IEnumShape? EnumAt(string path) => FieldKinds.ShapeAt(path) as IEnumShape;

    /// <summary>The YAML name <paramref name="typed"/> means: a name or a label, in any case; null when none.</summary>
    public static string? NameOf(IEnumShape choices, string typed)
    {
        var text = typed.Trim();
        for (var i = 0; i < choices.Values.Count; i++)
        {
            if (string.Equals(choices.Values[i], text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(choices.Labels[i], text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(choices.Values[i].Replace('_', ' '), text, StringComparison.OrdinalIgnoreCase))
                return choices.Values[i];
        }
        return null;
    }

    /// <summary>The choices as an error message lists them, with a label that is not just the name: <c>draft, review (In review), final</c>.</summary>
    public static string List(IEnumShape choices) => string.Join(", ", choices.Values.Select((v, i) =>
        choices.Labels[i] is { } label && !string.Equals(label.Replace(' ', '_'), v, StringComparison.OrdinalIgnoreCase) ? $"{v} ({label})" : v));

    /// <summary>The paths among <paramref name="paths"/> the YAML text (located as <paramref name="spots"/>) does not
    /// have, though the record holding them is there: the report showed the key's default.</summary>
    public static IReadOnlyList<string> Defaulted(IReadOnlyDictionary<string, YamlSpot> spots, IReadOnlyCollection<string> paths) =>
        paths.Where(p => !spots.ContainsKey(p) && Parent(p) is var parent && (parent.Length == 0 || spots.ContainsKey(parent))).ToList();

    /// <summary>The path of the record holding <paramref name="path"/>'s key ("" at the root).</summary>
    public static string Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? "" : path[..dot];
    }
}
