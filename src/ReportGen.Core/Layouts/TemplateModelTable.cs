using System.Text;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Layouts;

/// <summary>The field table of the layout README ("what templates see"), generated from the same declaration the
/// template model walks (<see cref="IncidentFormat"/>, <see cref="TemplateExtras"/>, <see cref="TemplateModel.Figures"/>),
/// so it cannot drift from the code. A test compares it with the README's copy between <see cref="Start"/> and
/// <see cref="End"/>.</summary>
internal static class TemplateModelTable
{
    /// <summary>The line before the generated table in the README.</summary>
    public const string Start = "<!-- generated field table: do not edit; UPDATE_GOLDEN=1 dotnet test rewrites it -->";
    /// <summary>The line after it.</summary>
    public const string End = "<!-- end of generated field table -->";

    /// <summary>The table as Markdown lines, header first, without the marker lines.</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("| Name | Type | In the file | What it is |\n|:--|:--|:--|:--|\n");
        Record(sb, IncidentFormat.Incident, "incident");
        foreach (var (name, type, description, _) in TemplateModel.Figures) Row(sb, $"figures.{name}", type, "", description);
        return sb.ToString();
    }

    private static void Record(StringBuilder sb, IObjectShape shape, string path)
    {
        var extras = TemplateExtras.Of(shape);
        foreach (var field in shape.Fields)
        {
            var here = $"{path}.{field.Key}";
            var item = field.Shape is IListShape list ? list.Item : null;
            var name = item is ITextOrObjectShape or IObjectShape ? here + "[]" : here;
            if (extras.FirstOrDefault(x => x.Name == field.Key) is { } replaced) Extra(sb, path, replaced, Need(field));
            else Row(sb, name, TypeOf(field.Shape), Need(field), field.Description);
            if (field.Shape is IEnumShape choices) Row(sb, here + "_label", "text", "", LabelText(field.Key, choices));
            var inner = (item ?? field.Shape) switch
            {
                IObjectShape o => o,
                ITextOrObjectShape t => t.Object,
                _ => null,
            };
            if (inner is not null) Record(sb, inner, name);
        }
        foreach (var extra in extras.Where(x => shape.Find(x.Name) is null)) Extra(sb, path, extra, "");
    }

    private static void Extra(StringBuilder sb, string path, TemplateExtra extra, string need)
    {
        var name = $"{path}.{extra.Name}" + (extra.Members is null && extra.Type != "list" ? "" : "[]");
        Row(sb, name, extra.Type, need, extra.Description);
        foreach (var (member, type, description) in extra.Members ?? []) Row(sb, $"{name}.{member}", type, "", description);
    }

    private static string TypeOf(Shape shape) => shape switch
    {
        TextShape { Markdown: true } => "text (md)",
        TextShape { NumberAllowed: true } => "text (a number as written)",
        TextShape { Link: true } => "link",
        TimestampShape or TimelineTimeShape => "timestamp",
        DateShape => "date",
        FormatVersionShape => "number",
        IEnumShape choices => "one of " + string.Join(", ", choices.Values.Select(v => $"`{v}`")),
        IListShape { Item: IObjectShape or ITextOrObjectShape } => "list",
        IListShape list => "list of " + TypeOf(list.Item),
        IObjectShape => "object",
        _ => "text",
    };

    private static string Need(Field field) => field.Need switch
    {
        Validation.Need.Required => "required",
        Validation.Need.RequiredUnlessDraft => "required unless draft",
        Validation.Need.RequiredForSignOff => "required for sign-off",
        _ => "",
    };

    private static string LabelText(string key, IEnumShape choices)
    {
        var labels = choices.Values.Zip(choices.Labels, (name, label) => (Name: name, Label: label)).ToList();
        var shown = string.Join(", ", labels.Where(l => l.Label is not null).Select(l => $"`{l.Label}`"));
        var none = labels.Where(l => l.Label is null).Select(l => $"`{l.Name}`").ToList();
        return $"The label of `{key}`: {shown}" + (none.Count == 0 ? "." : $"; null for {string.Join(", ", none)}.");
    }

    private static void Row(StringBuilder sb, string name, string type, string need, string description) =>
        sb.Append("| `").Append(name).Append("` | ").Append(type).Append(" | ").Append(need).Append(" | ")
          .Append(description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
}
