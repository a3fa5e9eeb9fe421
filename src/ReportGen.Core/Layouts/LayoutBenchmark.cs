using System.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>Measures layout (Scriban) and parse (Markdig + mapping) time per report, warm, on one thread. Called by
/// the benchmarks project: <c>["layout"] = ReportGen.Core.Layouts.LayoutBenchmark.Run</c>. Prints medians; asserts
/// nothing (speed targets are read, not tested).</summary>
internal static class LayoutBenchmark
{
    /// <summary>args[0]: an incident file (default examples/checkout-outage.yaml); args[1]: reports per run (500).</summary>
    public static int Run(string[] args)
    {
        var file = args.Length > 0 ? args[0] : Path.Combine("examples", "checkout-outage.yaml");
        var count = args.Length > 1 && int.TryParse(args[1], out var n) && n > 0 ? n : 500;
        var loaded = IncidentLoader.Load(file, null);
        var layout = ReportLayout.Load(null).Layout;
        if (loaded.HasErrors || loaded.Incident is null || loaded.Figures is null || layout is null)
        {
            Console.Error.WriteLine($"layout benchmark: cannot load '{file}' or the built-in layout");
            return 1;
        }
        var builder = new ReportBuilder(layout);
        var model = () => TemplateModel.Build(loaded.Incident, loaded.Figures, true);
        var markdown = layout.Render(model(), []) ?? "";
        var steps = new (string Name, Action Step)[]
        {
            ("layout (model + Scriban)", () => layout.Render(model(), [])),
            ("parse (Markdig + mapping)", () => new DocumentMapper(new MarkdownProblems("b.md", "b"), _ => null)
                .Map(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Report))),
            ("whole build", () => builder.Build(loaded)),
        };
        Console.WriteLine($"layout benchmark: {file}, {markdown.Length:N0} characters of Markdown, {count} reports per run, median of 7 runs");
        foreach (var (name, step) in steps)
        {
            for (var i = 0; i < count / 5 + 50; i++) step();   // warm-up (JIT, tiered compilation)
            var perReport = new List<double>();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var run = 0; run < 7; run++)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < count; i++) step();
                perReport.Add(clock.Elapsed.TotalMilliseconds / count);
            }
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (7.0 * count);
            perReport.Sort();
            Console.WriteLine($"  {name,-27} median {perReport[3]:F3} ms, min {perReport[0]:F3} ms, {bytes / 1024:N0} KiB allocated per report");
        }
        return 0;
    }
}
