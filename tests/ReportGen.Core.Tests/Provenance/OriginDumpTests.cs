using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Layouts;
using ReportGen.Documents;
using Xunit.Abstractions;

namespace ReportGen.Core.Tests.Provenance;

public class OriginDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var loaded = IncidentLoader.Load(Path.Combine(RepoPaths.Examples, "checkout-outage.yaml"), "checkout-outage.yaml");
        var built = new ReportBuilder(LayoutTestKit.Default).Build(loaded);
        foreach (var b in built.Document!.Blocks)
        {
            output.WriteLine($"{b.GetType().Name} md:{b.SourceLine} -> {b.Origin?.File}:{b.Origin?.Line}:{b.Origin?.Column} {b.Origin?.YamlPath}");
            if (b is ListBlock l) foreach (var i in l.Items) foreach (var c in i.Blocks) output.WriteLine($"   {c.GetType().Name} md:{c.SourceLine} -> {c.Origin?.File}:{c.Origin?.Line}:{c.Origin?.Column} {c.Origin?.YamlPath}");
        }
        foreach (var d in built.Diagnostics) output.WriteLine(d.ToString());
    }
}
