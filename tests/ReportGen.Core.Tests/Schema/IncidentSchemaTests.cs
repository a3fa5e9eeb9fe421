using Json.Schema;
using ReportGen.Core.Schema;
using ReportGen.Core.Starter;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Schema;

/// <summary>The generated JSON Schema, checked with a real validator (JsonSchema.Net): the examples and the starter
/// pass, type errors fail, and the validator agrees on each case.</summary>
public class IncidentSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(IncidentSchema.ToJson());

    private static bool SchemaAccepts(string yaml) => Schema.Evaluate(YamlToJson.Convert(yaml)).IsValid;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Examples, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_passes_the_schema(string name) =>
        Assert.True(SchemaAccepts(File.ReadAllText(RepoPaths.Example(name))), name);

    [Fact]
    public void The_starter_passes_the_schema() => Assert.True(SchemaAccepts(StarterIncident.Text));

    [Theory]
    [InlineData("title: Test incident", "title: [a, b]")]
    [InlineData("severity: low", "severity: urgent")]
    [InlineData("severity: low", "severity: 3")]
    [InlineData("started_at: 2026-03-14T09:00:00Z", "started_at: yesterday")]
    [InlineData("started_at: 2026-03-14T09:00:00Z", "started_at: 2026-03-14T09:00:00")]
    [InlineData("title: Test incident", "titel: Test incident")]
    [InlineData("id: INC-1\n", "")]
    [InlineData("    event: Something happened", "    event: Something happened\n    kind: alert")]
    [InlineData("  - at: \"09:00\"", "  - at: \"9 am\"")]
    [InlineData("timeline:\n  - at: \"09:00\"\n    event: Something happened\n", "timeline: soon\n")]
    [InlineData("severity: low", "severity: low\nstatus: review")]
    [InlineData("    event: Something happened", "    event: Something happened\n    source: [a, b]")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nimpact:\n  figures:\n    - title: Chart\n      path: c.png\n      alt: [a]\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      decision: approved\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      date: 2026-03-18\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      decision: pending\n      date: 2026-03-18\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      decision: approve\n      date: 2026-03-18\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      decision: rejected\n      date: tomorrow\n")]
    public void Type_errors_fail_both_the_schema_and_the_validator(string replace, string with)
    {
        var yaml = Minimal.Replace(replace, with);
        Assert.NotEqual(Minimal, yaml);
        Assert.False(SchemaAccepts(yaml), "schema accepted:\n" + yaml);
        Assert.True(Load(yaml).HasErrors, "validator accepted:\n" + yaml);
    }

    [Theory]
    [InlineData("severity: low", "severity: High")]
    [InlineData("  - at: \"09:00\"", "  - at: 09:00")]
    [InlineData("  - at: \"09:00\"", "  - at: 2026-03-14 09:00 +01:00")]
    [InlineData("id: INC-1", "id: 2041")]
    [InlineData("severity: low", "severity: low\nsummary:")]
    [InlineData("    event: Something happened", "    event: Something happened\n    source: https://chat.example/p1")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      role: VP Engineering\n      decision: changes_requested\n      date: 2026-03-18\n      comment: Add **A3**.\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n      decision: pending\n      date:\n")]
    [InlineData("    event: Something happened\n", "    event: Something happened\nsignoff:\n  approvals:\n    - name: Priya Raman\n")]
    public void Accepted_variants_pass_both(string replace, string with)
    {
        var yaml = Minimal.Replace(replace, with);
        Assert.True(SchemaAccepts(yaml), "schema refused:\n" + yaml);
        Assert.False(Load(yaml).HasErrors, string.Join("\n", Load(yaml).Diagnostics));
    }

    [Fact]
    public void The_schema_file_shipped_with_the_examples_is_up_to_date()
    {
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Examples, "incident.schema.json"));
        Assert.Equal(IncidentSchema.ToJson(), shipped);
    }
}
