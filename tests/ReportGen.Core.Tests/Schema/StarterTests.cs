using System.Text.RegularExpressions;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
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

    /// <summary>The starter with its commented-out blocks (approvals) switched on: indented comment lines holding a key.</summary>
    private static string Uncommented => Regex.Replace(StarterIncident.Text, @"^(\s+)# (\s*(- )?[a-z_]+:)", "$1$2", RegexOptions.Multiline);

    [Fact]
    public void The_starter_has_every_key_of_the_format_once_its_commented_blocks_are_switched_on()
    {
        var (root, problems, _) = YamlTreeReader.Read(Uncommented, "starter.yaml", new LoadOptions());
        Assert.Empty(problems);
        var missing = new List<string>();
        Walk(IncidentFormat.Incident, (YMapping)root!, "", missing);
        Assert.Empty(missing);
    }

    [Fact]
    public void The_approvals_block_is_commented_out_and_validates_once_switched_on()
    {
        Assert.Contains("\n  # approvals:", StarterIncident.Text);
        Assert.Null(Load(StarterIncident.Text).Incident!.SignOff!.Approvals.FirstOrDefault());
        var result = Load(Uncommented);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var approval = Assert.Single(result.Incident!.SignOff!.Approvals);
        Assert.Equal(("[Name]", ApprovalDecision.Pending, (DateOnly?)null), (approval.Name, approval.Decision, approval.Date));
    }

    [Fact]
    public void Final_status_refuses_the_untouched_starter()
    {
        var result = Load(StarterIncident.Text.Replace("status: draft", "status: final"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("placeholder text is left on lines", error.Message);
    }

    /// <summary>Every field of the rules appears in the starter (lists: in their first item; text-or-mapping items: in any).</summary>
    private static void Walk(IObjectShape shape, YMapping map, string path, List<string> missing)
    {
        foreach (var field in shape.Fields)
        {
            var value = map.Entries.FirstOrDefault(e => e.Key.Text == field.Key).Value;
            var here = path.Length == 0 ? field.Key : $"{path}.{field.Key}";
            if (value is null) { missing.Add(here); continue; }
            var itemShape = field.Shape is IListShape list ? list.Item : field.Shape;
            var nodes = value is YSequence seq ? seq.Items : [value];
            var textAllowed = itemShape is ITextOrObjectShape;
            var inner = itemShape is ITextOrObjectShape choice ? choice.Object : itemShape as IObjectShape;
            if (inner is null) continue;
            var maps = nodes.OfType<YMapping>().ToList();
            if (maps.Count == 0 && !textAllowed && field.Key != "figures") missing.Add(here + "[0]");
            foreach (var m in maps.Take(1)) Walk(inner, m, here, missing);
        }
    }
}
