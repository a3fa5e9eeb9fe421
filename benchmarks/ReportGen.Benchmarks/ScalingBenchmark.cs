using System.Diagnostics;
using System.Globalization;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Document;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;

namespace ReportGen.Benchmarks;

/// <summary><c>scaling [FACTORS...]</c>: does each stage cost in proportion to its input? Generates one incident at
/// 1x, 4x and 16x (<see cref="IncidentGenerator.Scaled"/>: a long what_happened, many timeline entries, a long code
/// snippet, unbreakable words) and times validate, layout+parse, .docx and .pdf on each, one thread, warm. Prints the
/// CPU time of the calling thread per call (the writers and the garbage collector run on it), the ratio to 1x and the growth exponent (log of the 16x/1x ratio over log 16: 1 is linear, 2 is
/// quadratic), with the Markdown and page counts so a silently cut output shows as a size that stopped growing.</summary>
internal static class ScalingBenchmark
{
    private const double SlowCallSeconds = 20; // a call slower than this is timed once, not repeated

    public static int Run(string[] args)
    {
        var factors = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty().ToArray();
        if (factors is [0]) factors = [1, 4, 16];
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-scaling");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "figures"));
        File.WriteAllBytes(Path.Combine(folder, "figures", "chart.png"), ChartPng.Create(800, 320));

        // No time limit on the layout and no file-size limit: this measures cost, not where the limits stop it.
        var layout = ReportLayout.Load(null).Layout!.WithTimeLimit(TimeSpan.FromMinutes(10));
        var builder = new ReportBuilder(layout);
        var options = new LoadOptions { MaxFileBytes = 1L << 30 };
        using var pdf = new PdfWriter();
        var docx = new DocxWriter(new DocxWriterOptions { FigureRasterizer = new FigurePngRenderer(pdf, layout.Theme).Render });

        var inputs = new List<Input>();
        foreach (var factor in factors)
        {
            var path = Path.Combine(folder, $"scaled-{factor}x.yaml");
            File.WriteAllText(path, IncidentGenerator.Scaled(0, factor));
            var loaded = IncidentLoader.Load(path, options);
            if (loaded.HasErrors) { Console.Error.WriteLine(string.Join("\n", loaded.Diagnostics.Take(5))); return 1; }
            var built = builder.Build(loaded);
            if (built.Document is null) { Console.Error.WriteLine(string.Join("\n", built.Diagnostics.Take(5))); return 1; }
            inputs.Add(new Input(factor, path, loaded, built.Document, new FileInfo(path).Length, built.Markdown?.Length ?? 0,
                pdf.Write(built.Document, Stream.Null).Pages));
        }

        (string Name, Func<Input, object?> Call)[] stages =
        [
            ("validate", i => IncidentLoader.Load(i.Path, options)),
            ("layout+parse", i => builder.Build(i.Loaded)),
            (".docx", i => Write(docx, i.Document)),
            (".pdf", i => Write(pdf, i.Document)),
        ];
        Stage.Settle(() => { foreach (var (_, call) in stages) call(inputs[0]); }, 2);

        Console.WriteLine($"## Scaling with input size (one incident per size, one thread, warm; thread CPU ms per call, median of 7; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| input | YAML KiB | Markdown KiB | PDF pages |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var i in inputs)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {i.Factor}x | {i.YamlBytes / 1024.0:F0} | {i.MarkdownChars / 1024.0:F0} | {i.Pages} |"));
        Console.WriteLine();
        Console.WriteLine("| stage | " + string.Join(" | ", inputs.Select(i => $"{i.Factor}x ms")) + " | " +
            string.Join(" | ", inputs.Skip(1).Select(i => $"{i.Factor}x/{inputs[0].Factor}x")) + " | exponent | MiB allocated at " +
            string.Join(" / ", inputs.Select(i => $"{i.Factor}x")) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", inputs.Count * 2)) + "---|");
        foreach (var (name, call) in stages)
        {
            var timings = inputs.Select(i => Time(() => call(i))).ToList();
            var first = timings[0].Ms;
            var last = timings[^1].Ms;
            var exponent = inputs.Count > 1 ? Math.Log(last / first) / Math.Log((double)inputs[^1].Factor / inputs[0].Factor) : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(" | ", timings.Select(t => t.Ms.ToString("F1", CultureInfo.InvariantCulture)))} | " +
                $"{string.Join(" | ", timings.Skip(1).Select(t => (t.Ms / first).ToString("F1", CultureInfo.InvariantCulture)))} | " +
                $"{exponent:F2} | {string.Join(" / ", timings.Select(t => t.AllocMiB.ToString("F1", CultureInfo.InvariantCulture)))} |"));
        }
        Console.WriteLine();

        // The writers again, on documents that grow whatever the layout does with a long input: the 1x document's
        // blocks repeated k times, plus one paragraph holding a single k x 1,000-character word.
        var baseDocument = inputs[0].Document;
        var grown = inputs.Select(i => Grown(baseDocument, i.Factor / inputs[0].Factor)).ToList();
        Console.WriteLine("| writer, on the 1x document repeated k times (never cut) | " + string.Join(" | ", inputs.Select(i => $"k={i.Factor / inputs[0].Factor} ms")) +
            " | " + string.Join(" | ", inputs.Skip(1).Select(i => $"ratio k={i.Factor / inputs[0].Factor}")) + " | exponent | MiB allocated |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", inputs.Count * 2)) + "---|");
        foreach (var (name, writer) in new (string, IDocumentWriter)[] { (".docx", docx), (".pdf", pdf) })
        {
            var timings = grown.Select(d => Time(() => Write(writer, d))).ToList();
            var exponent = Math.Log(timings[^1].Ms / timings[0].Ms) / Math.Log((double)inputs[^1].Factor / inputs[0].Factor);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(" | ", timings.Select(t => t.Ms.ToString("F1", CultureInfo.InvariantCulture)))} | " +
                $"{string.Join(" | ", timings.Skip(1).Select(t => (t.Ms / timings[0].Ms).ToString("F1", CultureInfo.InvariantCulture)))} | " +
                $"{exponent:F2} | {string.Join(" / ", timings.Select(t => t.AllocMiB.ToString("F1", CultureInfo.InvariantCulture)))} |"));
        }
        Console.WriteLine();
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static ReportDocument Grown(ReportDocument document, int k)
    {
        var word = new string('7', 1_000 * k);
        var blocks = Enumerable.Repeat(document.Blocks, k).SelectMany(b => b)
            .Append(new ParagraphBlock([new TextInline("A pasted token: " + word)])).ToList();
        return document with { Blocks = blocks };
    }

    private sealed record Input(int Factor, string Path, LoadResult Loaded, ReportDocument Document, long YamlBytes,
        int MarkdownChars, int Pages);

    /// <summary>Median process CPU time of up to 5 calls (1 when a call is slow; CPU time, not wall time, because
    /// this shared machine's load moves wall times by 2x between runs) and MiB allocated by one call.</summary>
    private static (double Ms, double AllocMiB) Time(Action call)
    {
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var firstMs = CpuMs(call);
        var allocMiB = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0;
        var runs = new List<double> { firstMs };
        var repeats = firstMs > SlowCallSeconds * 1000 ? 0 : firstMs > 2000 ? 2 : 6;
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            runs.Add(CpuMs(call));
        }
        return (Stage.Median(runs), allocMiB);
    }

    private static double CpuMs(Action call)
    {
        var before = ThreadCpu.Now();
        call();
        return (ThreadCpu.Now() - before) / 1e6;
    }

    private static object Write(IDocumentWriter writer, ReportDocument document)
    {
        using var buffer = new MemoryStream(64 * 1024);
        return writer.Write(document, buffer);
    }
}

/// <summary>CPU time of the calling thread in nanoseconds, at the clock's resolution (Linux; the process total that .NET
/// offers ticks in 10 ms steps and counts the JIT's background threads).</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    public static long Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var t) != 0)
            return Stopwatch.GetTimestamp() * (1_000_000_000 / Stopwatch.Frequency); // wall time where the clock is missing
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
