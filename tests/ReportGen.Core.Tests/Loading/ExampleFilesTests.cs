using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Tests.Support;

namespace ReportGen.Core.Tests.Loading;

public class ExampleFilesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Examples, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_loads_without_errors(string name)
    {
        var result = IncidentLoader.Load(RepoPaths.Example(name));
        Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Incident);
        Assert.NotNull(result.Figures);
    }

    [Fact]
    public void The_critical_outage_is_final_with_no_diagnostics_at_all()
    {
        var result = IncidentLoader.Load(RepoPaths.Example("checkout-outage.yaml"));
        Assert.Empty(result.Diagnostics);
        var incident = result.Incident!;
        Assert.Equal(IncidentStatus.Final, incident.Status);
        Assert.Equal(Severity.Critical, incident.Severity);
        Assert.Equal(11, incident.Timeline.Count);
        Assert.Equal(6, incident.ActionItems.Count);
        Assert.Equal(TimeSpan.FromMinutes(215), result.Figures!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(7), result.Figures.TimeToDetect);
        Assert.Equal(TimeSpan.FromMinutes(106), result.Figures.TimeToMitigate);
        Assert.Equal(2, incident.Impact!.Figures.Count);
        Assert.True(File.Exists(incident.Impact.Figures[0].FullPath));
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 2, 0, TimeSpan.FromHours(1)), incident.Timeline[0].At);
        Assert.Equal(["A2", "A3"], incident.Prevention!.ShortTerm[2].ActionItems);
        Assert.Equal("Raised pool size from 50 to 120 per pod (done during the incident)", incident.Prevention.ShortTerm[0].Measure);
    }

    [Fact]
    public void The_overnight_draft_rolls_bare_times_past_midnight_and_into_summer_time()
    {
        var result = IncidentLoader.Load(RepoPaths.Example("payments-webhook-draft.yaml"));
        var times = result.Incident!.Timeline.Select(e => e.At).ToList();
        Assert.Equal(DateTimeOffset.Parse("2026-03-28T23:40:00+01:00"), times[0]);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T00:20:00+01:00"), times[2]);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:35:00+01:00"), times[3]);
        Assert.Equal(TimeSpan.FromHours(2), times[4].Offset);            // 03:10 is summer time (CEST)
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:10:00Z"), times[4]);
        Assert.Null(result.Figures!.Duration);                           // no resolved_at yet
        Assert.Equal(TimeSpan.FromMinutes(18), result.Figures.TimeToDetect);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T03:10:00+02:00"), result.Figures.MitigatedAt);
    }
}

public class ParallelLoadingTests
{
    [Fact]
    public void Loading_the_same_file_on_many_threads_gives_the_same_result()
    {
        var path = RepoPaths.Example("checkout-outage.yaml");
        static string Summary(ReportGen.Core.Loading.LoadResult r) =>
            string.Join("|", r.Incident!.Timeline.Select(e => e.At.ToString("O"))) + r.Figures!.Duration + r.Diagnostics.Count;
        var expected = Summary(IncidentLoader.Load(path));
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Summary(IncidentLoader.Load(path)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
