using System.Globalization;
using System.Reflection;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Document;
using ReportGen.Pdf;

namespace ReportGen.Benchmarks;

/// <summary>What one build's typical PDF costs: median wall time per <c>PdfWriter.Write</c> (warm, one thread) and
/// median bytes, over 20 generated typical incidents. <c>benchmarks/tagging-cost.sh</c> runs it on main (before
/// tagging) and on this checkout (after), alternately in one run; this file is copied into main's tree for that, so it
/// only uses what both have. <c>--untagged</c> sets the writer's internal benchmark-only switch (found by reflection,
/// since main has none) to see what the tags themselves cost in the same build. Prints one line:
/// <c>pdf-ms=… pdf-fastest-ms=… pdf-bytes=… pages=… alloc-kib=…</c> (<c>pdf-fastest-ms</c>: each document's fastest
/// write, averaged: steadier than the median on a machine that other work loads; <c>alloc-kib</c>: bytes allocated per
/// write).</summary>
internal static class TaggingCostBenchmark
{
    public static int Run(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"reportgen-bench-tagging-{Environment.ProcessId}");
        try
        {
            var layout = ReportLayout.Load(null).Layout ?? throw new InvalidOperationException("the built-in layout does not load");
            var builder = new ReportBuilder(layout);
            var documents = IncidentGenerator.Write(folder, 20, IncidentSize.Typical)
                .Select(p => builder.Build(IncidentLoader.Load(p)).Document ?? throw new InvalidOperationException(p + " does not build"))
                .ToList();
            var options = new PdfWriterOptions();
            if (args.Contains("--untagged"))
            {
                var untagged = typeof(PdfWriterOptions).GetProperty("Untagged", BindingFlags.Instance | BindingFlags.NonPublic)
                    ?? throw new InvalidOperationException("this build has no untagged switch");
                untagged.SetValue(options, true);
            }
            using var pdf = new PdfWriter(options);
            var sizes = new List<double>();
            var pages = new List<double>();
            foreach (var document in documents)
            {
                using var buffer = new MemoryStream();
                pages.Add(pdf.Write(document, buffer).Pages);
                sizes.Add(buffer.Length);
            }
            var stage = Stage.Measure(documents.Count, 25, i => Write(pdf, documents[i]));
            var fastest = Fastest(pdf, documents, 25);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pdf-ms={stage.MedianMs:F3} pdf-fastest-ms={fastest:F3} pdf-bytes={Stage.Median(sizes):F0} pages={Stage.Median(pages):F0} alloc-kib={stage.AllocKiB:F0}"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The mean over the documents of each one's fastest write in <paramref name="rounds"/>: what the machine
    /// does when nothing else runs, so it moves far less with the load of other processes than the median does.</summary>
    private static double Fastest(PdfWriter pdf, List<ReportDocument> documents, int rounds)
    {
        var best = documents.Select(_ => double.MaxValue).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                Write(pdf, documents[i]);
                best[i] = Math.Min(best[i], System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        return best.Average();
    }

    private static object Write(PdfWriter pdf, ReportDocument document)
    {
        using var buffer = new MemoryStream(64 * 1024);
        return pdf.Write(document, buffer);
    }
}
