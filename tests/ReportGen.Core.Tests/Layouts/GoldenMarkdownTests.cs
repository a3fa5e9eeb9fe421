using ReportGen.Core.Loading;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Each example renders to the reviewed Markdown under Golden/. After an intended layout change, run with
/// UPDATE_GOLDEN=1 and review the diff.</summary>
public class GoldenMarkdownTests
{
    public static TheoryData<string> Examples => new(
        Directory.GetFiles(RepoPaths.Examples, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_to_its_golden_markdown(string example)
    {
        var loaded = IncidentLoader.Load(Path.Combine(RepoPaths.Examples, example), null);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var result = new ReportBuilder(LayoutTestKit.Default).Build(loaded);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var golden = Path.Combine(RepoPaths.Under("tests", "ReportGen.Core.Tests", "Golden"), Path.ChangeExtension(example, ".md"));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, result.Markdown);
        Assert.True(File.Exists(golden), $"no golden file {golden}; run the tests with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden), result.Markdown);
    }
}
