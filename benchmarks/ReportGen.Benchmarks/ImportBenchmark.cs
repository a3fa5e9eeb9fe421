using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Import;

namespace ReportGen.Benchmarks;

/// <summary><c>reportgen import</c> of a typical edited report, in process and warm: each generated typical incident is
/// rendered to .docx, edited the way Word stores it (one timeline event retyped over three runs, a comment on another
/// value), then <see cref="ImportService.Run(ImportRequest, ReportBuilder)"/> reads it back (the layout loaded once, as for a batch) against its incident file (render again, read the .docx,
/// splice the YAML, validate the result). Median per import over distinct files; target &lt; 50 ms.</summary>
internal static class ImportBenchmark
{
    private const double TargetMs = 50;

    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        if (quick) Stage.WarmUpSeconds = 0.3;
        var files = quick ? 5 : 20;
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-import");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var builder = new ReportBuilder(ReportLayout.Load(null).Layout!);
        var writer = new DocxWriter();
        var requests = new List<ImportRequest>();
        foreach (var yaml in IncidentGenerator.Write(folder, files, IncidentSize.Typical))
        {
            var docx = Path.ChangeExtension(yaml, ".docx");
            using (var output = File.Create(docx)) writer.Write(builder.Build(IncidentLoader.Load(yaml)).Document!, output);
            Edit(docx);
            requests.Add(new ImportRequest(docx, yaml));
        }
        var first = ImportService.Run(requests[0], builder);
        if (!first.Succeeded || first.Edits.Count != 1) { Console.Error.WriteLine("the edited report did not import as one edit:\n" + string.Join("\n", first.Errors)); return 1; }
        Stage.Settle(() => { foreach (var r in requests) ImportService.Run(r, builder); }, quick ? 1 : 2);
        var import = Stage.Measure(requests.Count, quick ? 3 : 15, i => ImportService.Run(requests[i], builder));

        Console.WriteLine($"## import of a typical edited report (one thread, warm; ms per call, median (CPU), {files} distinct files; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| target | median | target | met |");
        Console.WriteLine("|---|---:|---:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| import (ImportService.Run: render, read .docx, splice, validate) | {import} | < {TargetMs} ms | {(import.MedianMs < TargetMs ? "yes" : "**no**")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nallocated per import: {import.AllocKiB:F0} KiB"));
        return import.MedianMs < TargetMs ? 0 : 1;
    }

    /// <summary>Retypes the second timeline event as three runs and comments on the first.</summary>
    private static void Edit(string docx)
    {
        using var package = WordprocessingDocument.Open(docx, true);
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!;
        var start = body.Descendants<BookmarkStart>().First(b => b.Name == Document.ValueMarkNames.For("timeline[1].event", 0));
        var inside = new List<OpenXmlElement>();
        for (var e = start.NextSibling(); e is not BookmarkEnd; e = e!.NextSibling()) inside.Add(e!);
        foreach (var text in new[] { "Edited in ", "the review ", "meeting" })
            inside[^1].InsertAfterSelf(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00A1B2C3" });
        foreach (var e in inside) e.Remove();
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Check this time")))) { Id = "1", Author = "Reviewer" });
        var other = body.Descendants<BookmarkStart>().First(b => b.Name == Document.ValueMarkNames.For("timeline[0].event", 0));
        other.InsertAfterSelf(new CommentRangeStart { Id = "1" });
    }
}
