using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Svg;

namespace ReportGen.Benchmarks;

/// <summary><c>approvals [--quick]</c>: what sign-off costs. The same typical incidents rendered without and with three
/// approvals (each a sign-off row with its decision, a PDF signature field and a .docx signature line; one with a
/// comment), through the whole per-file pipeline (validate, build, .docx, .pdf into memory) with the writers set up as
/// the CLI sets them up. Measured in alternating passes so drift on the shared machine hits both sides; target: with
/// approvals within 5% of without.</summary>
internal static partial class ApprovalsBenchmark
{
    private const double TargetRatio = 1.05;

    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        if (quick) Stage.WarmUpSeconds = 0.3;
        var count = quick ? 5 : 20;
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-approvals");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var without = IncidentGenerator.Write(Path.Combine(folder, "without"), count, IncidentSize.Typical);
        var with = without.Select(p => WithApprovals(p, Path.Combine(folder, "with"))).ToList();

        var layout = ReportLayout.Load(null).Layout!;
        var builder = new ReportBuilder(layout);
        using var pdf = new PdfWriter();
        var docx = new DocxWriter(new DocxWriterOptions
        {
            FigureRasterizer = new FigurePngRenderer(pdf, layout.Theme).Render, SvgRasterizer = new SvgPngRenderer(pdf).Render,
        });
        foreach (var path in with)
            if (IncidentLoader.Load(path) is { HasErrors: true } bad)
            { Console.Error.WriteLine($"{path}:\n{string.Join("\n", bad.Diagnostics.Take(5))}"); return 1; }

        object One(string path)
        {
            var document = builder.Build(IncidentLoader.Load(path)).Document ?? throw new InvalidOperationException(path);
            using (var d = new MemoryStream(64 * 1024)) docx.Write(document, d);
            using var p = new MemoryStream(64 * 1024);
            return pdf.Write(document, p);
        }

        Stage.Settle(() => { foreach (var p in without.Concat(with)) One(p); }, quick ? 1 : 2);
        var rounds = quick ? 3 : 10;
        var passes = quick ? 2 : 5;
        // Per stage too, on documents built once: where any difference comes from.
        var docsWithout = without.Select(p => builder.Build(IncidentLoader.Load(p)).Document!).ToList();
        var docsWith = with.Select(p => builder.Build(IncidentLoader.Load(p)).Document!).ToList();
        var runs = new Dictionary<string, List<Stage>>();
        void Add(string key, Stage stage) => (runs.TryGetValue(key, out var list) ? list : runs[key] = []).Add(stage);
        for (var pass = 0; pass < passes; pass++)
        {
            Add("whole/without", Stage.Measure(count, rounds, i => One(without[i])));
            Add("whole/with", Stage.Measure(count, rounds, i => One(with[i])));
            Add("docx/without", Stage.Measure(count, rounds, i => Write(docx, docsWithout[i])));
            Add("docx/with", Stage.Measure(count, rounds, i => Write(docx, docsWith[i])));
            Add("pdf/without", Stage.Measure(count, rounds, i => Write(pdf, docsWithout[i])));
            Add("pdf/with", Stage.Measure(count, rounds, i => Write(pdf, docsWith[i])));
        }
        Console.WriteLine($"## Sign-off cost: typical report without and with three approvals (one thread, warm, medians of {passes} alternating passes; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| stage | without: wall ms (CPU ms) | with three approvals: wall ms (CPU ms) | with / without, wall (CPU) | alloc KiB without / with |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var met = true;
        foreach (var (key, label) in new[] { ("whole", "whole pipeline (validate, build, .docx, .pdf)"), ("docx", ".docx (DocxWriter.Write)"), ("pdf", ".pdf (PdfWriter.Write)") })
        {
            var (a, b) = (runs[key + "/without"], runs[key + "/with"]);
            double Wall(List<Stage> r) => Stage.Median(r.Select(x => x.MedianMs).ToList());
            double Cpu(List<Stage> r) => Stage.Median(r.Select(x => x.MedianCpuMs).ToList());
            var (wallRatio, cpuRatio) = (Wall(b) / Wall(a), Cpu(b) / Cpu(a));
            if (key == "whole") met = Math.Min(wallRatio, cpuRatio) <= TargetRatio;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {Wall(a):F2} ({Cpu(a):F2}) | {Wall(b):F2} ({Cpu(b):F2}) | {wallRatio:F3} ({cpuRatio:F3}) | {a[0].AllocKiB:F0} / {b[0].AllocKiB:F0} |"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target: the whole pipeline with approvals within {TargetRatio - 1:P0} of without: {(met ? "met" : "**not met**")}"));
        Console.WriteLine();
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static object Write(ReportGen.Document.IDocumentWriter writer, ReportGen.Document.ReportDocument document)
    {
        using var buffer = new MemoryStream(64 * 1024);
        return writer.Write(document, buffer);
    }

    /// <summary>A copy of a generated incident with three approvals, all approved on the sign-off date (so a final
    /// incident stays ready), the first with a comment.</summary>
    private static string WithApprovals(string path, string folder)
    {
        var text = File.ReadAllText(path);
        var date = SignOffDate().Match(text).Groups[1].Value;
        var approvals =
            "  approvals:\n" +
            $"    - name: Priya Raman\n      role: VP Engineering\n      decision: approved\n      date: {date}\n      comment: Ship **A3** before the freeze.\n" +
            $"    - name: Luis Ortega\n      role: Director, Payments\n      decision: approved\n      date: {date}\n" +
            $"    - name: Amara Okafor\n      role: Head of SRE\n      decision: approved\n      date: {date}\n";
        var marker = text.IndexOf("\n  date: ", text.IndexOf("\nsignoff:\n", StringComparison.Ordinal), StringComparison.Ordinal) + 1;
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        File.WriteAllText(target, text.Insert(marker, approvals));
        var figures = Path.Combine(folder, "figures");
        Directory.CreateDirectory(figures);
        foreach (var figure in Directory.GetFiles(Path.Combine(Path.GetDirectoryName(path)!, "figures")))
            File.Copy(figure, Path.Combine(figures, Path.GetFileName(figure)), overwrite: true);
        return target;
    }

    [GeneratedRegex(@"\nsignoff:\n(?:  .*\n)*?  date: (\d{4}-\d\d-\d\d)")]
    private static partial Regex SignOffDate();
}
