using System.Diagnostics;
using System.Globalization;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Review;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;

namespace ReportGen.Benchmarks;

/// <summary><c>review [COUNT] [DIR]</c>: where the time of a review over COUNT typical incidents goes, stage by stage,
/// in one process (the first run of each stage, as the command runs it once): reading and validating the files in
/// parallel (as <c>reportgen review</c> does, one worker per core), the portfolio, the layout and Markdown, the
/// PDF, the .docx and the CSV tables. DIR (default: a temporary folder) keeps the generated incidents between runs.
/// The whole-process figure, with start-up and disk writes, comes from <c>benchmarks/review.sh</c>.</summary>
internal static class ReviewBenchmark
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var c) ? c : 10_000;
        var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"reportgen-bench-review-{count}");
        if (!Directory.Exists(folder) || Directory.GetFiles(folder, "*.yaml").Length != count)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            IncidentGenerator.Write(folder, count, IncidentSize.Typical);
        }
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var rows = new List<(string Stage, double Wall, double Cpu, double AllocatedMb)>();
        T Time<T>(string stage, Func<T> work)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var clock = Stopwatch.StartNew();
            var result = work();
            rows.Add((stage, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
                (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6));
            return result;
        }

        var layout = Time("load the review layout", () => ReportLayout.Load(null, LayoutKind.Review).Layout!);
        var incidents = Time($"read and validate {count:N0} files ({Environment.ProcessorCount} workers)", () =>
        {
            var slots = new ReviewIncident?[files.Length];
            Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var loaded = IncidentLoader.Load(files[i]);
                if (loaded.Incident is not null && loaded.Figures is not null)
                    slots[i] = ReviewIncident.From(new ReviewSource(files[i], Path.GetFileNameWithoutExtension(files[i]), ""), loaded.Incident, loaded.Figures);
            });
            return slots.OfType<ReviewIncident>().ToList();
        });
        var portfolio = Time("derive the portfolio", () => PortfolioBuilder.Build(new ReviewRequest(), incidents, []));
        var built = Time("layout, Markdown and Document model", () => new ReviewBuilder(layout).Build(portfolio));
        var document = built.Document ?? throw new InvalidOperationException(string.Join("\n", built.Diagnostics));
        using var pdf = new PdfWriter();
        var pages = Time("PDF", () => { using var s = new MemoryStream(); return pdf.Write(document, s).Pages; });
        var docx = new DocxWriter(new DocxWriterOptions { TrendRasterizer = new FigurePngRenderer(pdf, layout.Theme).Render });
        Time(".docx", () => { using var s = new MemoryStream(); return docx.Write(document, s).Pages; });
        Time("incidents.csv and action-items.csv", () => ReviewCsv.Incidents(portfolio).Length + ReviewCsv.ActionItems(portfolio).Length);

        Console.WriteLine($"## Review of {count:N0} typical incidents, stage by stage (one process; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine($"{incidents.Count:N0} incidents, {portfolio.ActionItems.Count:N0} action items, a {pages}-page PDF.");
        Console.WriteLine();
        Console.WriteLine("| stage | wall s | CPU s | allocated MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (stage, wall, cpu, mb) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {wall:F2} | {cpu:F2} | {mb:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **total** | **{rows.Sum(r => r.Wall):F2}** | {rows.Sum(r => r.Cpu):F2} | {rows.Sum(r => r.AllocatedMb):F0} |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB."));
        Console.WriteLine();
        return 0;
    }
}
