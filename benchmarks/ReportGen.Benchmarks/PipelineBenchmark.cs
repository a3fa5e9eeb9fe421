using System.Diagnostics;
using System.Globalization;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;

namespace ReportGen.Benchmarks;

/// <summary><c>pipeline [COUNT]</c>: the whole per-file pipeline (validate, build, .docx, .pdf into memory) over COUNT
/// typical incidents in one warm process with 1 and 2 threads: what a batch costs per report without process start,
/// JIT and disk writes, to set against the whole-process scaling figures.</summary>
internal static class PipelineBenchmark
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var c) ? c : 1000;
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-pipeline");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var paths = IncidentGenerator.Write(folder, count, IncidentSize.Typical);
        var layout = ReportLayout.Load(null).Layout!;
        var builder = new ReportBuilder(layout);
        using var pdf = new PdfWriter();
        var docx = new DocxWriter(new DocxWriterOptions { FigureRasterizer = new FigurePngRenderer(pdf, layout.Theme).Render });

        void One(string path)
        {
            var document = builder.Build(IncidentLoader.Load(path)).Document ?? throw new InvalidOperationException(path);
            using (var d = new MemoryStream()) docx.Write(document, d);
            using (var p = new MemoryStream()) pdf.Write(document, p);
        }

        Stage.Settle(() => { foreach (var p in paths.Take(20)) One(p); }, 2);
        Console.WriteLine($"## Whole pipeline in one warm process ({count} typical incidents, .docx and .pdf into memory; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| threads | wall s | reports/s | CPU ms per report |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var threads in new[] { 1, 2 })
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = threads }, One);
            var wall = clock.Elapsed.TotalSeconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {threads} | {wall:F2} | {count / wall:F1} | {cpuMs:F1} |"));
        }
        Console.WriteLine();
        Directory.Delete(folder, recursive: true);
        return 0;
    }
}
