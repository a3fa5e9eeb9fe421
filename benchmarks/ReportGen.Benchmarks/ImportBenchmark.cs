using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Import;
using ValueMarkNames = ReportGen.Document.ValueMarkNames;

namespace ReportGen.Benchmarks;

/// <summary><c>reportgen import</c> of a typical edited report, in process and warm (the layout loaded once, as for a
/// batch, and the code JIT-compiled: what the issue's "&lt; 50 ms warm" means). Each generated typical incident
/// (6 pages, about 20 timeline entries and 10 action items) is rendered to .docx and edited the way the review meeting
/// and Word leave it: a timeline event retyped over three runs, a tracked insertion in the root cause, a bullet added
/// to a lesson list, an action-item row added (which makes import work out the table's columns) and a comment. Then
/// <see cref="ImportService.Run(ImportRequest, ReportBuilder)"/> reads it back against its incident file: render again,
/// read the .docx, splice the YAML, validate the result. Median wall and CPU time per import over distinct files.</summary>
internal static class ImportBenchmark
{
    private const double TargetMs = 50;
    private const int EditsPerReport = 4;

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
        if (!first.Succeeded || first.Edits.Count != EditsPerReport)
        {
            Console.Error.WriteLine($"the edited report did not import as {EditsPerReport} edits ({first.Edits.Count}):\n"
                                    + string.Join("\n", first.Errors.Concat(first.Edits.Select(e => e.YamlPath))));
            return 1;
        }
        Stage.Settle(() => { foreach (var r in requests) ImportService.Run(r, builder); }, quick ? 1 : 2);
        var import = Stage.Measure(requests.Count, quick ? 3 : 15, i => ImportService.Run(requests[i], builder));

        Console.WriteLine($"## import of a typical edited report (one thread, warm; {files} distinct files, {EditsPerReport} edits and a comment each; load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| target | wall median | CPU median | target | met |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| import (ImportService.Run: render, read .docx, splice, validate) | {import.MedianMs:F2} ms | {import.MedianCpuMs:F2} ms | < {TargetMs} ms | {(import.MedianMs < TargetMs ? "yes" : "**no**")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nallocated per import: {import.AllocKiB:F0} KiB"));
        Directory.Delete(folder, recursive: true);
        return import.MedianMs < TargetMs ? 0 : 1;
    }

    /// <summary>The review meeting's edits, stored as Word stores them.</summary>
    private static void Edit(string docx)
    {
        using var package = WordprocessingDocument.Open(docx, true);
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!;
        BookmarkStart Mark(string path) => body.Descendants<BookmarkStart>().First(b => b.Name == ValueMarkNames.For(path, 0));

        // A timeline event retyped: Word splits it into runs with revision ids.
        var start = Mark("timeline[1].event");
        var inside = new List<OpenXmlElement>();
        for (var e = start.NextSibling(); e is not BookmarkEnd; e = e!.NextSibling()) inside.Add(e!);
        foreach (var text in new[] { "meeting", "the review ", "Edited in " })
            start.InsertAfterSelf(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00A1B2C3" });
        foreach (var e in inside) e.Remove();

        // A tracked insertion at the end of the root cause's first paragraph.
        var cause = Mark("root_cause.what_happened");
        var end = body.Descendants<BookmarkEnd>().First(b => b.Id?.Value == cause.Id?.Value);
        end.InsertBeforeSelf(new InsertedRun(new Run(new Text(" (confirmed in the review)") { Space = SpaceProcessingModeValues.Preserve }))
            { Author = "Facilitator", Id = "900", Date = new DateTime(2026, 3, 17, 10, 0, 0, DateTimeKind.Utc) });

        // A bullet added after the first lesson (Enter at its end, then typing).
        var lesson = Mark("lessons.went_well[0]").Ancestors<Paragraph>().First();
        lesson.InsertAfterSelf(new Paragraph((ParagraphProperties)lesson.ParagraphProperties!.CloneNode(true),
            new Run(new Text("Support had a macro ready quickly."))));

        // An action item someone volunteered for: a row copied from the first one, retyped.
        var row = Mark("action_items[0].action").Ancestors<TableRow>().First();
        var copy = (TableRow)row.CloneNode(true);
        foreach (var mark in copy.Descendants<BookmarkStart>().Cast<OpenXmlElement>().Concat(copy.Descendants<BookmarkEnd>()).ToList()) mark.Remove();
        string[] cells = ["A99", "Page the database team on pool alerts", "Database team", "2026-04-30", "P2", "Open"];
        var c = 0;
        foreach (var cell in copy.Elements<TableCell>())
        {
            var paragraph = cell.Elements<Paragraph>().First();
            foreach (var child in paragraph.ChildElements.Where(x => x is not ParagraphProperties).ToList()) child.Remove();
            paragraph.AppendChild(new Run(new Text(cells[c++ % cells.Length])));
        }
        row.InsertAfterSelf(copy);

        // A comment on the first event.
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Check this time")))) { Id = "1", Author = "Reviewer" });
        Mark("timeline[0].event").InsertAfterSelf(new CommentRangeStart { Id = "1" });
    }
}
