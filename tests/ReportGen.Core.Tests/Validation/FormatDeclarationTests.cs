using System.Collections;
using System.Globalization;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Starter;
using ReportGen.Core.Tests.Support;
using ReportGen.Core.Validation;
using Scriban.Runtime;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Validation;

/// <summary>The format is declared once (<see cref="IncidentFormat"/>); these tests check that what the declaration
/// binds is what the file says, key by key, that enums bind by name, and that layouts see exactly the names the
/// README's generated table lists.</summary>
public class FormatDeclarationTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string> { "starter" };
        foreach (var f in Directory.GetFiles(RepoPaths.Examples, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    private static string TextOf(string name) => name == "starter" ? StarterIncident.Text : File.ReadAllText(RepoPaths.Example(name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_value_in_the_file_arrives_in_the_model_under_its_key(string name)
    {
        var text = TextOf(name);
        var loaded = IncidentLoader.LoadText(text, name, RepoPaths.Examples);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var tree = YamlTreeReader.Read(text, name, new LoadOptions()).Root;
        Compare(IncidentFormat.Incident, (YMapping)tree!, loaded.Incident!, "");
    }

    [Theory]
    [InlineData("severity: low", "severity: CRITICAL", nameof(Incident.Severity), Severity.Critical)]
    [InlineData("severity: low", "severity: low\nstatus: draft", nameof(Incident.Status), IncidentStatus.Draft)]
    [InlineData("    event: Something happened", "    event: Something happened\n    kind: escalation", nameof(TimelineEntry.Kind), TimelineKind.Escalation)]
    [InlineData("    event: Something happened", "    event: Something happened\n    kind: resolution", nameof(TimelineEntry.Kind), TimelineKind.Resolution)]
    public void Enum_values_bind_to_the_member_of_that_name(string replace, string with, string property, object expected)
    {
        var incident = Load(Minimal.Replace(replace, with)).Incident!;
        object? actual = property switch
        {
            nameof(Incident.Severity) => incident.Severity,
            nameof(Incident.Status) => incident.Status,
            _ => incident.Timeline[0].Kind,
        };
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Action_item_enums_bind_by_name()
    {
        var incident = Load(Minimal + "action_items:\n  - id: A1\n    action: Fix\n    priority: P2\n    status: wont_do\n" +
                            "appendices:\n  documentation:\n    - title: Runbook\n      url: https://x.example\n      kind: deployment\n").Incident!;
        Assert.Equal((Priority.P2, ActionStatus.WontDo), (incident.ActionItems[0].Priority, incident.ActionItems[0].Status));
        Assert.Equal(DocumentationKind.Deployment, incident.Appendices!.Documentation[0].Kind);
    }

    [Fact]
    public void Every_enum_of_the_model_is_written_as_its_members_in_snake_case()
    {
        Assert.Equal(["in_progress", "wont_do"], IncidentFormat.ActionStatuses.Values.Where(v => v.Contains('_')));
        Assert.Equal(Enum.GetNames<TimelineKind>().Select(n => n.ToLowerInvariant()), IncidentFormat.TimelineKinds.Values);
        Assert.Equal(Enum.GetNames<Priority>(), IncidentFormat.Priorities.Values);
        Assert.Equal(["In progress", "Won't do"], IncidentFormat.ActionStatuses.Labels.Where(l => l!.Contains(' ')));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_name_a_layout_sees_is_in_the_readme_table(string name)
    {
        var loaded = IncidentLoader.LoadText(TextOf(name), name, RepoPaths.Examples);
        var model = TemplateModel.Build(loaded.Incident!, loaded.Figures!, hasTimelineChart: true);
        var table = TemplateModelTable.Markdown();
        var names = new List<string>();
        Names(model, "", names);
        Assert.Contains("incident.timeline[].at_text", names);
        // An empty list is null, so whether it holds objects (name[]) shows only in the table.
        Assert.All(names, n => Assert.True(table.Contains($"| `{n}` |") || table.Contains($"| `{n}[]` |"), $"{n} is not in the table"));
    }

    private static void Names(object? value, string path, List<string> names)
    {
        switch (value)
        {
            case ScriptObject obj:
                foreach (var (key, child) in obj)
                {
                    var here = path.Length == 0 ? key : $"{path}.{key}";
                    if (path.Length > 0) names.Add(child is ScriptArray { Count: > 0 } a && a[0] is ScriptObject ? here + "[]" : here);
                    Names(child, here, names);
                }
                break;
            case ScriptArray array:
                foreach (var item in array) Names(item, path + "[]", names);
                break;
        }
    }

    /// <summary>Walks the file's mapping, the declaration and the model record together.</summary>
    private static void Compare(IObjectShape shape, YMapping map, object record, string path)
    {
        foreach (var (key, node) in map.Entries)
        {
            if (node is YScalar { IsNull: true }) continue;
            var here = path.Length == 0 ? key.Text : $"{path}.{key.Text}";
            var field = shape.Find(key.Text);
            Assert.True(field is not null, $"{here} is not declared");
            var value = field.Get(record);
            Assert.True(value is not null, $"{here} did not arrive in the model");
            Match(field.Shape, node, value, here);
        }
    }

    private static void Match(Shape shape, YNode node, object value, string path)
    {
        var text = (node as YScalar)?.Text.Trim();
        switch (shape)
        {
            case IObjectShape record: Compare(record, (YMapping)node, value, path); break;
            case ITextOrObjectShape choice when node is YMapping map: Compare(choice.Object, map, value, path); break;
            case ITextOrObjectShape choice: Assert.Equal(text, choice.Object.Fields[0].Get(value)); break;
            case IListShape list:
                var items = ((IEnumerable)value).Cast<object>().ToList();
                var nodes = ((YSequence)node).Items;
                Assert.True(nodes.Count == items.Count, $"{path}: {nodes.Count} items in the file, {items.Count} in the model");
                for (var i = 0; i < items.Count; i++) Match(list.Item, nodes[i], items[i], $"{path}[{i}]");
                break;
            case IEnumShape choices: Assert.Equal(text, choices.NameOf(value), StringComparer.OrdinalIgnoreCase); break;
            case TimelineTimeShape: Assert.IsType<DateTimeOffset>(value); break;
            case TimestampShape:
                ScalarFormats.TryTimestamp(text!, out var at);
                Assert.Equal(at, value);
                break;
            case DateShape: Assert.Equal(text, ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case FormatVersionShape: Assert.Equal(1, value); break;
            default: Assert.True(text == ((string)value).Trim(), $"{path}: '{text}' in the file, '{value}' in the model"); break;
        }
    }
}
