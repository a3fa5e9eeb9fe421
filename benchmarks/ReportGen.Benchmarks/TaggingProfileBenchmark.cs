using System.Globalization;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Document;
using ReportGen.Pdf;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.PdfFile;

namespace ReportGen.Benchmarks;

/// <summary>Where a typical PDF's time goes, tagged and untagged (issue #16's time budget), one thread, warm: the
/// pagination, then the file writing from the same paginated pages, split into its parts by running them alone (the
/// PDF file writer's internals: page replay into content streams with and without marked content, the structure tree
/// with its parent tree and object streams, the output intent, the XMP packet). Only in this checkout
/// (<c>tagging-cost.sh</c> drops it from the base tree): <c>tagging-profile [--quick]</c>.</summary>
internal static class TaggingProfileBenchmark
{
    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        // --only TEXT: just the rows whose name contains TEXT.
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var files = quick ? 5 : 20;
        var rounds = quick ? 3 : 25;
        var folder = Path.Combine(Path.GetTempPath(), $"reportgen-bench-tagging-profile-{Environment.ProcessId}");
        try
        {
            var layout = ReportLayout.Load(null).Layout ?? throw new InvalidOperationException("the built-in layout does not load");
            var builder = new ReportBuilder(layout);
            var documents = IncidentGenerator.Write(folder, files, IncidentSize.Typical)
                .Select(p => builder.Build(IncidentLoader.Load(p)).Document ?? throw new InvalidOperationException(p + " does not build"))
                .ToList();
            using var pdf = new PdfWriter();
            using var untagged = new PdfWriter(new PdfWriterOptions { Untagged = true });
            var paginated = documents.Select(pdf.Paginate).ToList();
            // Tiered JIT: run everything long enough for the hot methods to be recompiled, then let that finish.
            Stage.Settle(() =>
            {
                foreach (var d in documents) { pdf.Write(d, Stream.Null); untagged.Write(d, Stream.Null); }
            }, quick ? 0.5 : 2);

            Console.WriteLine($"## Where a typical PDF's time goes, tagged and untagged (one thread, warm; {files} typical incidents; load average {Machine.LoadAverage()})");
            Console.WriteLine();
            Console.WriteLine("| part | fastest ms | median ms | alloc KiB |");
            Console.WriteLine("|---|---:|---:|---:|");
            void Row(string name, Func<Timing> measure)
            {
                if (only is null || name.Contains(only, StringComparison.OrdinalIgnoreCase))
                {
                    var t = measure();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {t.FastestMs:F3} | {t.MedianMs:F3} | {t.AllocKiB:F0} |"));
                }
            }
            if (args.Contains("--objstm"))
            {
                ObjectStreamLevels(documents.Select(d => PdfDocumentWriter.Write(pdf.Paginate(d), d.Settings)).ToList(), rounds * 4);
                return 0;
            }

            Row("PdfWriter.Write, tagged (all of the below)", () => Timing.Of(files, rounds, i => pdf.Write(documents[i], new MemoryStream(64 * 1024))));
            Row("PdfWriter.Write, untagged switch", () => Timing.Of(files, rounds, i => untagged.Write(documents[i], new MemoryStream(64 * 1024))));
            Row("  pagination (PdfWriter.Paginate; the same for both)", () => Timing.Of(files, rounds, i => pdf.Paginate(documents[i])));
            Row("  file from the paginated pages, tagged (PdfDocumentWriter.Write)", () => Timing.Of(files, rounds, i =>
                PdfDocumentWriter.Write(paginated[i], documents[i].Settings, tagged: true)));
            Row("  file from the paginated pages, untagged", () => Timing.Of(files, rounds, i =>
                PdfDocumentWriter.Write(paginated[i], documents[i].Settings, tagged: false)));
            Row("    page replay into content streams + their deflate, tagged (marked content)", () => Timing.Of(files, rounds, i => Replay(paginated[i], true)));
            Row("    page replay into content streams + their deflate, untagged", () => Timing.Of(files, rounds, i => Replay(paginated[i], false)));
            Row("    fonts (subset, widths, ToUnicode, deflate), after a tagged replay", () => Timing.Of(files, rounds, i =>
            {
                var (context, _) = Replay(paginated[i], true);
                context.Fonts.Write();
                return context;
            }, i => Replay(paginated[i], true)));
            Row("    structure tree, parent tree, their object streams (StructureTreeWriter.Write, the last flush in Finish)", () => Timing.Of(files, rounds, i =>
            {
                var (context, tree) = Replay(paginated[i], true);
                context.Fonts.Write();
                context.Resources.Write();
                StructureTreeWriter.Write(context.File, tree!, Enumerable.Range(1, paginated[i].Pages.Count).ToArray());
                return context.File.Finish(1, 1);
            }, i =>
            {
                var (context, _) = Replay(paginated[i], true);
                context.Fonts.Write();
                context.Resources.Write();
                return context.File.Finish(1, 1);
            }));
            Row("    output intent with the sRGB profile (OutputIntent.Write)", () => Timing.Of(files, rounds, _ => OutputIntent.Write(new PdfFileBuilder())));
            Row("    XMP packet, tagged (PDF/A and PDF/UA identification)", () => Timing.Of(files, rounds, i =>
                XmpMetadata.Write(documents[i].Settings, DocumentInformation.From(documents[i].Settings), conformance: true)));
            Row("    XMP packet, untagged", () => Timing.Of(files, rounds, i =>
                XmpMetadata.Write(documents[i].Settings, DocumentInformation.From(documents[i].Settings), conformance: false)));
            Console.WriteLine();
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The object streams of the files, inflated, deflated again at each zlib level: bytes, and the fastest of
    /// <paramref name="rounds"/> runs per file (the minimum: what the machine does when nothing else runs).</summary>
    private static void ObjectStreamLevels(List<byte[]> files, int rounds)
    {
        var streams = files.Select(ObjectStreams).ToList();
        Console.WriteLine($"object streams per file: {streams.Average(s => s.Count):F1}, raw bytes per file {streams.Average(s => s.Sum(x => x.Length)):F0}");
        Console.WriteLine("| zlib level | deflated bytes per file | fastest ms per file |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var level in new[] { 1, 2, 3, 4, 5, 6, 9 })
        {
            var bytes = streams.Average(s => s.Sum(x => Deflate(x, level).Length));
            var fastest = streams.Select(s =>
            {
                var best = double.MaxValue;
                for (var r = 0; r < rounds; r++)
                {
                    var start = System.Diagnostics.Stopwatch.GetTimestamp();
                    foreach (var x in s) Deflate(x, level);
                    best = Math.Min(best, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                return best;
            }).Average();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {level} | {bytes:F0} | {fastest:F3} |"));
        }
    }

    private static byte[] Deflate(byte[] data, int level)
    {
        var output = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(output, new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = level }, true))
            z.Write(data);
        return output.ToArray();
    }

    private static List<byte[]> ObjectStreams(byte[] pdf)
    {
        var result = new List<byte[]>();
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        for (var at = text.IndexOf("/Type/ObjStm", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type/ObjStm", at + 1, StringComparison.Ordinal))
        {
            var lengthAt = text.IndexOf("/Length ", at, StringComparison.Ordinal) + 8;
            var length = int.Parse(text[lengthAt..text.IndexOf('>', lengthAt)], CultureInfo.InvariantCulture);
            var data = text.IndexOf("stream\n", at, StringComparison.Ordinal) + 7;
            using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(pdf, data, length), System.IO.Compression.CompressionMode.Decompress);
            var raw = new MemoryStream();
            inflate.CopyTo(raw);
            result.Add(raw.ToArray());
        }
        return result;
    }

    /// <summary>What <see cref="PdfDocumentWriter.Write"/> does per page: replay into a canvas (with or without the
    /// structure tree) and write the deflated content stream.</summary>
    private static (PdfDocumentContext Context, StructureTree? Tree) Replay(PaginatedDocument layout, bool tagged)
    {
        var file = new PdfFileBuilder();
        var tree = StructureTree.For(layout, tagged);
        var context = new PdfDocumentContext(file, layout.Images);
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var canvas = new PdfCanvas(context, i, layout.Geometry.Height, tree);
            foreach (var command in layout.Pages[i].Commands)
                if (command is not Pdf.Engine.BookmarkCommand)
                    command.Replay(canvas);
            canvas.Finish();
            file.Stream(file.Reserve(), default, canvas.Content.Bytes.Span);
        }
        return (context, tree);
    }
}

/// <summary>Per-call times of one part: the fastest (each input's fastest call over the rounds, averaged over the
/// inputs: what the part costs when nothing else runs, so it moves far less with the load of other processes) and the
/// median of all calls, and the bytes allocated per call. With a part to subtract, all are differences.</summary>
internal sealed record Timing(double FastestMs, double MedianMs, double AllocKiB)
{
    public static Timing Of(int count, int rounds, Func<int, object?> action, Func<int, object?>? subtract = null)
    {
        var whole = Measure(count, rounds, action);
        if (subtract is null)
            return whole;
        var part = Measure(count, rounds, subtract);
        return new Timing(whole.FastestMs - part.FastestMs, whole.MedianMs - part.MedianMs, whole.AllocKiB - part.AllocKiB);
    }

    private static Timing Measure(int count, int rounds, Func<int, object?> action)
    {
        for (var pass = 0; pass < 3; pass++)
            for (var i = 0; i < count; i++) action(i);
        var best = new double[count];
        Array.Fill(best, double.MaxValue);
        var all = new List<double>(count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < count; i++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                action(i);
                var ms = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                best[i] = Math.Min(best[i], ms);
                all.Add(ms);
            }
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++) action(i);
        return new Timing(best.Average(), Stage.Median(all), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)count / 1024);
    }
}
