using ReportGen.Core.Loading;
using ReportGen.Core.Starter;
using ReportGen.Core.Validation;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Schema;

public class StarterTests
{
    [Fact]
    public void The_starter_validates_with_placeholder_warnings_only()
    {
        var result = Load(StarterIncident.Text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Contains("placeholder text", d.Message));
        Assert.Contains(result.Diagnostics, d => d.Path == "title");
        Assert.Contains(result.Diagnostics, d => d.Path == "signoff.facilitated_by");
    }

    [Fact]
    public void The_starter_has_every_key_of_the_format()
    {
        var (root, problems, _) = YamlTreeReader.Read(StarterIncident.Text, "starter.yaml", new LoadOptions());
        Assert.Empty(problems);
        var missing = new List<string>();
        Walk(IncidentRules.Incident, (YMapping)root!, "", missing);
        Assert.Empty(missing);
    }

    [Fact]
    public void Final_status_refuses_the_untouched_starter()
    {
        var result = Load(StarterIncident.Text.Replace("status: draft", "status: final"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("placeholder text is left on lines", error.Message);
    }

    /// <summary>Every field of the rules appears in the starter (lists: in their first item; text-or-mapping items: in any).</summary>
    private static void Walk(ObjectShape shape, YMapping map, string path, List<string> missing)
    {
        foreach (var field in shape.Fields)
        {
            var value = map.Entries.FirstOrDefault(e => e.Key.Text == field.Key).Value;
            var here = path.Length == 0 ? field.Key : $"{path}.{field.Key}";
            if (value is null) { missing.Add(here); continue; }
            var itemShape = field.Shape is ListShape list ? list.Item : field.Shape;
            var nodes = value is YSequence seq ? seq.Items : [value];
            var textAllowed = itemShape is TextOrObjectShape;
            if (itemShape is TextOrObjectShape choice) itemShape = choice.Object;
            if (itemShape is not ObjectShape inner) continue;
            var maps = nodes.OfType<YMapping>().ToList();
            if (maps.Count == 0 && !textAllowed && field.Key != "figures") missing.Add(here + "[0]");
            foreach (var m in maps.Take(1)) Walk(inner, m, here, missing);
        }
    }
}
