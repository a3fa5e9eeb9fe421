using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>The layout README's field table is generated from the format declaration; the checked-in copy must be the
/// generated one. After a change to the format, run with UPDATE_GOLDEN=1 and review the diff.</summary>
public class LayoutReadmeTests
{
    private static string ReadmePath => Path.Combine(RepoPaths.Root, "layouts", "postmortem", "README.md");

    [Fact]
    public void The_readme_field_table_is_the_generated_one()
    {
        var readme = File.ReadAllText(ReadmePath).Replace("\r\n", "\n");
        var start = readme.IndexOf(TemplateModelTable.Start + "\n", StringComparison.Ordinal);
        var end = readme.IndexOf(TemplateModelTable.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no '{TemplateModelTable.Start}' ... '{TemplateModelTable.End}' block");
        start += TemplateModelTable.Start.Length + 1;
        var expected = readme[..start] + TemplateModelTable.Markdown() + readme[end..];
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" && expected != readme)
        {
            File.WriteAllText(ReadmePath, expected);
            readme = expected;
        }
        Assert.Equal(expected, readme);
    }

    [Fact]
    public void Every_name_the_default_layout_uses_is_in_the_table()
    {
        var table = TemplateModelTable.Markdown();
        var layout = Path.Combine(RepoPaths.Root, "layouts", "postmortem");
        var used = Directory.GetFiles(layout, "*.sbn", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"(?<![\w.-])(?:i|incident|figures)\.[a-z_]+(?:\.[a-z_]+)*"))
            .Select(m => m.Value.EndsWith(".size", StringComparison.Ordinal) ? m.Value[..^5] : m.Value)   // Scriban's list size
            .Select(name => name.StartsWith("i.", StringComparison.Ordinal) ? "incident" + name[1..] : name)
            .Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains($"`{name}", table));
    }
}
