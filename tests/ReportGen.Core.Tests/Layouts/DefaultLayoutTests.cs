using ReportGen.Documents;

namespace ReportGen.Core.Tests.Layouts;

public class DefaultLayoutTests
{
    [Fact]
    public void Full_incident_renders_without_diagnostics()
    {
        var result = LayoutTestKit.Build(TestIncidents.Full());
        File.WriteAllText("/tmp/full.md", result.Markdown ?? "");
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
