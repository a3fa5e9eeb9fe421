using System.Diagnostics;
using System.Globalization;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Pdf;

namespace ReportGen.Benchmarks;

/// <summary>Where a cold single-file run spends its time: each step's first call in a fresh process (JIT, type
/// loading, native library loading, font loading) next to its second call on another incident (warm-ish).
/// Run it as its own process: <c>cold</c> is only cold once.</summary>
internal static class ColdBenchmark
{
    public static int Run(string[] args)
    {
        var process = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-cold");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var paths = IncidentGenerator.Write(folder, 2, IncidentSize.Typical);
        var rows = new List<(string Step, double First, double Second)>();

        double Time(Action action)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        ReportLayout? layout = null;
        rows.Add(("load the layout (ReportLayout.Load)", Time(() => layout = ReportLayout.Load(null).Layout), Time(() => ReportLayout.Load(null))));
        var loads = new LoadResult[2];
        rows.Add(("validate (IncidentLoader.Load)", Time(() => loads[0] = IncidentLoader.Load(paths[0])), Time(() => loads[1] = IncidentLoader.Load(paths[1]))));
        var builder = new ReportBuilder(layout!);
        var builds = new BuildResult[2];
        rows.Add(("layout+parse (ReportBuilder.Build)", Time(() => builds[0] = builder.Build(loads[0])), Time(() => builds[1] = builder.Build(loads[1]))));
        DocxWriter? docx = null;
        rows.Add(("create DocxWriter", Time(() => docx = new DocxWriter()), Time(() => new DocxWriter())));
        rows.Add((".docx (DocxWriter.Write)", Time(() => docx!.Write(builds[0].Document!, new MemoryStream())), Time(() => docx!.Write(builds[1].Document!, new MemoryStream()))));
        PdfWriter? pdf = null;
        rows.Add(("create PdfWriter (fonts)", Time(() => pdf = new PdfWriter()), Time(() => new PdfWriter().Dispose())));
        rows.Add((".pdf (PdfWriter.Write)", Time(() => pdf!.Write(builds[0].Document!, new MemoryStream())), Time(() => pdf!.Write(builds[1].Document!, new MemoryStream()))));
        pdf!.Dispose();

        Console.WriteLine($"## Cold start, step by step (a fresh process, typical incident; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| step | first call ms | second call ms |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (step, first, second) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {first:F0} | {second:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| total of first calls (process start to here: {process.Elapsed.TotalMilliseconds:F0} ms, plus runtime start before Main) | {rows.Sum(r => r.First):F0} | {rows.Sum(r => r.Second):F1} |"));
        Console.WriteLine();
        Directory.Delete(folder, recursive: true);
        return 0;
    }
}
