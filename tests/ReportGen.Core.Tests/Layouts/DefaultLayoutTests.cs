using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

public class DefaultLayoutTests
{
    [Fact]
    public void Full_incident_renders_without_diagnostics()
    {
        var result = LayoutTestKit.Build(TestIncidents.Full());
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
