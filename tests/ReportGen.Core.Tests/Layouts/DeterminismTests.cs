using ReportGen.Core.Loading;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>The same input gives the same Markdown and Document, also when one builder renders in parallel.</summary>
public class DeterminismTests
{
    [Fact]
    public void Parallel_builds_of_every_example_equal_the_sequential_ones()
    {
        var builder = new ReportBuilder(LayoutTestKit.Default);
        var loaded = Directory.GetFiles(RepoPaths.Examples, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => IncidentLoader.Load(f, null)).ToList();
        var sequential = loaded.Select(l => builder.Build(l).Markdown).ToList();
        var parallel = Enumerable.Range(0, 24).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => (i % loaded.Count, builder.Build(loaded[i % loaded.Count]).Markdown)).ToList();
        Assert.All(sequential, Assert.NotNull);
        Assert.All(parallel, p => Assert.Equal(sequential[p.Item1], p.Markdown));
    }

    [Fact]
    public void A_failed_load_gives_one_error_and_no_document()
    {
        var result = new ReportBuilder(LayoutTestKit.Default).Build(new LoadResult("bad.yaml", null, null, []));
        Assert.Null(result.Document);
        Assert.Equal("bad.yaml", Assert.Single(result.Diagnostics).File);
    }
}
