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

/// <summary>In-process cost of each stage per report, at each generated size: validate (IncidentLoader.Load),
/// layout+parse (ReportBuilder.Build), .docx (DocxWriter.Write), .pdf (PdfWriter.Write). One thread, warm (after a
/// warm-up), median over many calls on distinct incidents, with bytes allocated per call. Then the PDF engine's
/// pages per second on a dense 100-page document built in code. Prints a Markdown table.</summary>
internal static class StagesBenchmark
{
    private const double TypicalBuildTargetMs = 2, TypicalDocxTargetMs = 10, TypicalPdfTargetMs = 30, PagesPerSecondTarget = 200;

    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        if (quick) Stage.WarmUpSeconds = 0.3;
        var files = quick ? 5 : 20;
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-stages");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var layoutResult = ReportLayout.Load(null);
        if (layoutResult.Layout is null) { Console.Error.WriteLine(string.Join("\n", layoutResult.Diagnostics)); return 1; }
        var builder = new ReportBuilder(layoutResult.Layout);
        using var pdf = new PdfWriter();
        // As the CLI sets it up: the .docx embeds the timeline picture drawn to PNG by the PDF engine.
        var docx = new DocxWriter(new DocxWriterOptions { FigureRasterizer = new FigurePngRenderer(pdf, layoutResult.Layout.Theme).Render });

        Console.WriteLine($"## In-process stages (one thread, warm; ms per call as median wall time (in brackets: process CPU time per call, the median over rounds of the round mean, so GC and JIT threads count; then the fastest call), over {files} distinct incidents per size; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| size | input KiB | pages | validate ms | layout+parse ms | .docx ms | .pdf ms | alloc validate / build / docx / pdf (KiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        var failures = new List<string>();
        Stage? typicalBuild = null, typicalDocx = null, typicalPdf = null;
        foreach (var size in Enum.GetValues<IncidentSize>())
        {
            var sizeFolder = Path.Combine(folder, size.ToString().ToLowerInvariant());
            var paths = IncidentGenerator.Write(sizeFolder, files, size);
            var loads = paths.Select(p => IncidentLoader.Load(p)).ToList();
            var bad = loads.FirstOrDefault(l => l.HasErrors);
            if (bad is not null) { Console.Error.WriteLine($"generated {size} incident has errors:\n{string.Join("\n", bad.Diagnostics.Take(5))}"); return 1; }
            var builds = loads.Select(builder.Build).ToList();
            if (builds.FirstOrDefault(b => b.Document is null) is { } badBuild)
            { Console.Error.WriteLine($"generated {size} incident does not build:\n{string.Join("\n", badBuild.Diagnostics.Take(5))}"); return 1; }
            var documents = builds.Select(b => b.Document!).ToList();
            var pages = documents.Select(d => pdf.Write(d, Stream.Null).Pages).Order().ToList();
            Stage.Settle(() =>
            {
                for (var i = 0; i < paths.Count; i++) builder.Build(IncidentLoader.Load(paths[i])).Document!.GetHashCode();
                foreach (var d in documents) { WriteTo(docx, d); WriteTo(pdf, d); }
            }, quick ? 1 : 2);

            var rounds = quick ? 3 : size == IncidentSize.Large ? 5 : 25;
            var validate = Stage.Measure(paths.Count, rounds, i => IncidentLoader.Load(paths[i]));
            var build = Stage.Measure(loads.Count, rounds, i => builder.Build(loads[i]));
            var toDocx = Stage.Measure(documents.Count, rounds, i => WriteTo(docx, documents[i]));
            var toPdf = Stage.Measure(documents.Count, rounds, i => WriteTo(pdf, documents[i]));
            var kib = paths.Average(p => new FileInfo(p).Length) / 1024.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size.ToString().ToLowerInvariant()} | {kib:F1} | {pages[pages.Count / 2]} | {validate} | {build} | {toDocx} | {toPdf} | {validate.AllocKiB:F0} / {build.AllocKiB:F0} / {toDocx.AllocKiB:F0} / {toPdf.AllocKiB:F0} |"));
            if (size == IncidentSize.Typical) (typicalBuild, typicalDocx, typicalPdf) = (build, toDocx, toPdf);
        }
        Console.WriteLine();

        // Targets on the typical report.
        Console.WriteLine("| target (typical report, warm) | median | target | met |");
        Console.WriteLine("|---|---:|---:|---|");
        Target("layout+parse (ReportBuilder.Build)", typicalBuild!.MedianMs, TypicalBuildTargetMs);
        Target(".docx (DocxWriter.Write)", typicalDocx!.MedianMs, TypicalDocxTargetMs);
        Target(".pdf (PdfWriter.Write)", typicalPdf!.MedianMs, TypicalPdfTargetMs);

        // PDF engine throughput on a dense 100-page document.
        var dense = DenseDocument.Create(layoutResult.Layout.Theme, pdf, targetPages: 100);
        var densePages = pdf.Write(dense, Stream.Null).Pages;
        var engine = Stage.Measure(1, quick ? 2 : 7, _ => WriteTo(pdf, dense));
        var pagesPerSecond = densePages / (engine.MedianMs / 1000);
        var pagesPerCpuSecond = densePages / (engine.MedianCpuMs / 1000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| PDF engine, dense {densePages}-page document (one thread) | {pagesPerSecond:F0} pages/s ({engine.MedianMs:F0} ms; {pagesPerCpuSecond:F0} pages per CPU-second) | >= {PagesPerSecondTarget} pages/s | {(pagesPerSecond >= PagesPerSecondTarget ? "yes" : "**no**")} |"));
        Console.WriteLine();
        if (failures.Count > 0) { Console.WriteLine($"Missed: {string.Join("; ", failures)}"); Console.WriteLine(); }
        Directory.Delete(folder, recursive: true);
        return 0;

        void Target(string what, double ms, double target)
        {
            var met = ms < target;
            if (!met) failures.Add($"{what} {ms:F2} ms >= {target} ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {ms:F2} ms | < {target} ms | {(met ? "yes" : "**no**")} |"));
        }
    }

    private static object WriteTo(IDocumentWriter writer, ReportDocument document)
    {
        using var buffer = new MemoryStream(64 * 1024);
        return writer.Write(document, buffer);
    }
}

/// <summary>Median wall and CPU time per call and bytes allocated per call for one stage.</summary>
internal sealed record Stage(double MedianMs, double MedianCpuMs, double AllocKiB, double FastestMs = double.NaN)
{
    /// <summary>Calls <paramref name="action"/> for 0..count-1, once to warm up, then <paramref name="rounds"/> times
    /// timing each call; allocations from one more pass.</summary>
    /// <summary>Minimum warm-up per measurement.</summary>
    public static double WarmUpSeconds { get; set; } = 1;

    public static Stage Measure(int count, int rounds, Func<int, object?> action, Func<int, object?>? subtract)
    {
        var whole = Measure(count, rounds, action);
        if (subtract is null) return whole;
        var part = Measure(count, rounds, subtract);
        return new Stage(whole.MedianMs - part.MedianMs, whole.MedianCpuMs - part.MedianCpuMs, whole.AllocKiB - part.AllocKiB,
            whole.FastestMs - part.FastestMs);
    }

    public static Stage Measure(int count, int rounds, Func<int, object?> action)
    {
        // Warm-up for at least two passes and one second, then a pause: tiered JIT promotes hot methods in the
        // background only after a quiet delay, and timings taken before that measure tier-0 code (seen: 10x slower).
        var warm = Stopwatch.StartNew();
        for (var pass = 0; pass < 2 || warm.Elapsed.TotalSeconds < WarmUpSeconds; pass++)
            for (var i = 0; i < count; i++) action(i);
        WaitQuiet();
        var wall = new List<double>(count * rounds);
        var cpu = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                action(i);
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / count);
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++) action(i);
        var alloc = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)count / 1024;
        // The fastest call is the stable figure on a shared machine: medians of the same build scatter by 40% between runs
        // at load 2, the fastest of a few hundred calls by about 3% (see BENCHMARKS.md).
        return new Stage(Median(wall), Median(cpu), alloc, wall.Min());
    }

    /// <summary>"wall (cpu; min fastest)" in milliseconds, for a table cell.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MedianMs:F2} ({MedianCpuMs:F2}; min {FastestMs:F2})");

    /// <summary>Runs <paramref name="action"/> repeatedly for <paramref name="seconds"/>, then pauses: tiered JIT
    /// promotes hot methods in the background after a delay, and timings taken before that measure tier-0 code.</summary>
    public static void Settle(Action action, double seconds = 2)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds) action();
        WaitQuiet();
    }

    /// <summary>Waits (up to 10 s) until the process uses no CPU while this thread sleeps: the background JIT has
    /// finished compiling the hot methods at tier 1 and no longer competes with the measurement.</summary>
    public static void WaitQuiet()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 10)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            Thread.Sleep(100);
            if ((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds < 3) return;
        }
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}

/// <summary>A dense text document built in code (headings, long paragraphs, a table every few sections), grown until
/// it lays out to the requested number of pages.</summary>
internal static class DenseDocument
{
    private static readonly string[] Words =
        ("the service returned errors for part of its traffic because a configuration change lowered the connection " +
         "pool limit requests queued for a connection and hit the gateway timeout rollback restored latency within " +
         "minutes while support handled retries from customers who had submitted their orders several times").Split(' ');

    public static ReportDocument Create(Theme theme, PdfWriter pdf, int targetPages)
    {
        var sections = 20;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var document = Build(theme, sections);
            var pages = pdf.Write(document, Stream.Null).Pages;
            if (pages >= targetPages && pages <= targetPages + 5) return document;
            sections = Math.Max(1, (int)Math.Round(sections * (targetPages + 2.0) / Math.Max(1, pages)));
        }
        return Build(theme, sections);
    }

    private static ReportDocument Build(Theme theme, int sections)
    {
        var random = new Random(42);
        var blocks = new List<Block>();
        for (var s = 0; s < sections; s++)
        {
            blocks.Add(new HeadingBlock(s % 3 == 0 ? 1 : 2, [new TextInline($"Section {s + 1}")], $"section-{s + 1}"));
            for (var p = 0; p < 4; p++)
                blocks.Add(new ParagraphBlock([new TextInline(Sentence(random, 90)), new StrongInline([new TextInline(" important ")]),
                    new TextInline(Sentence(random, 40)), new CodeInline(" pool_size=50 "), new TextInline(Sentence(random, 30))]));
            if (s % 3 == 2)
            {
                var columns = new[] { new TableColumn(ColumnAlignment.Left, 1), new TableColumn(ColumnAlignment.Left, 4), new TableColumn(ColumnAlignment.Left, 2) };
                var header = new TableRow([Cell("Time"), Cell("Event"), Cell("By")]);
                var rows = Enumerable.Range(0, 12).Select(i => new TableRow([Cell($"{9 + i / 6:D2}:{i * 7 % 60:D2}"), Cell(Sentence(random, 14)), Cell("Payments SRE")])).ToList();
                blocks.Add(new TableBlock(columns, header, rows));
            }
        }
        return new ReportDocument
        {
            Settings = new DocumentSettings { Title = "Dense benchmark document", HeaderLeft = "BENCH-1", HeaderRight = "Dense document", FooterText = "Benchmark" },
            Theme = theme,
            Blocks = blocks,
        };
    }

    private static TableCell Cell(string text) => new([new TextInline(text)]);

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ". ";
}

/// <summary>What the machine is doing while we measure.</summary>
internal static class Machine
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
