using System.Globalization;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Markdown;
using ReportGen.Docx;
using ReportGen.Document;
using ReportGen.Pdf;
using ReportGen.Pdf.Figures;

namespace ReportGen.Benchmarks;

/// <summary>Where the time of a typical report goes, one thread, warm. Layout+parse is split into its steps (Core
/// grants this project its internals); the writers are only reachable through their public Write, so their cost is
/// split by writing variants of the same document: an empty one (the fixed cost per file), without the timeline
/// picture, with only the tables, with everything but the tables.</summary>
internal static class ProfileBenchmark
{
    public static int Run(string[] args)
    {
        var files = args.Contains("--quick") ? 5 : 20;
        var rounds = args.Contains("--quick") ? 3 : 15;
        if (args.Contains("--quick")) Stage.WarmUpSeconds = 0.3;
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-bench-profile");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var layout = ReportLayout.Load(null).Layout!;
        var builder = new ReportBuilder(layout);
        var paths = IncidentGenerator.Write(folder, files, IncidentSize.Typical);
        var loads = paths.Select(p => IncidentLoader.Load(p)).ToList();
        var documents = loads.Select(l => builder.Build(l).Document!).ToList();
        var markdowns = loads.Select(l => builder.Build(l).Markdown!).ToList();

        using var pdf = new PdfWriter();
        // As the CLI sets it up: the .docx embeds the timeline picture drawn to PNG by the PDF engine.
        var timelinePng = new FigurePngRenderer(pdf, layout.Theme);
        var docx = new DocxWriter(new DocxWriterOptions { FigureRasterizer = timelinePng.Render });
        Stage.Settle(() =>
        {
            foreach (var p in paths) builder.Build(IncidentLoader.Load(p));
            foreach (var d in documents) { Write(docx, d); Write(pdf, d); }
        }, args.Contains("--quick") ? 1 : 2);

        Console.WriteLine($"## Where the time goes (typical report, one thread, warm; ms as median wall (process CPU per call); load average {Machine.LoadAverage()})");
        Console.WriteLine();
        Console.WriteLine("| step | ms | alloc KiB |");
        Console.WriteLine("|---|---:|---:|");
        void Row(string name, Stage s) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s} | {s.AllocKiB:F0} |"));

        // Layout + parse, step by step (the same calls ReportBuilder.Build makes).
        Row("validate: IncidentLoader.Load", Stage.Measure(files, rounds, i => IncidentLoader.Load(paths[i])));
        var texts = paths.Select(File.ReadAllText).ToList();
        Row("  the same from text in memory (IncidentLoader.LoadText, no file I/O)", Stage.Measure(files, rounds, i => IncidentLoader.LoadText(texts[i], paths[i], folder)));
        Row("  reading the file alone (File.ReadAllBytes)", Stage.Measure(files, rounds, i => File.ReadAllBytes(paths[i])));
        Row("  YAML parse into the position-keeping tree (YamlTreeReader.Read)", Stage.Measure(files, rounds, i => YamlTreeReader.Read(texts[i], paths[i], new LoadOptions())));
        Row("build: ReportBuilder.Build (all of the steps below)", Stage.Measure(files, rounds, i => builder.Build(loads[i])));
        Row("  timeline chart data (TimelineChartBuilder)", Stage.Measure(files, rounds, i => TimelineChartBuilder.Build(loads[i].Incident!, loads[i].Figures!)));
        Row("  template model (TemplateModel.Build)", Stage.Measure(files, rounds, i => TemplateModel.Build(loads[i].Incident!, loads[i].Figures!, true)));
        Row("  Scriban render (ReportLayout.Render)", Stage.Measure(files, rounds, i =>
        {
            var model = TemplateModel.Build(loads[i].Incident!, loads[i].Figures!, true);
            return layout.Render(model, [], LayoutBudget.Default);
        }, subtract: i => TemplateModel.Build(loads[i].Incident!, loads[i].Figures!, true)));
        Row("    of which: fresh Scriban built-ins per render (the ones the layout names)", Stage.Measure(files, rounds, _ => layout.Builtins.Create()));
        Row("  Markdig parse", Stage.Measure(files, rounds, i => Markdig.Markdown.Parse(markdowns[i], MarkdownPipelines.Report)));
        var parsed = markdowns.Select(m => Markdig.Markdown.Parse(m, MarkdownPipelines.Report)).ToList();
        Row("  map to the Document model (DocumentMapper)", Stage.Measure(files, rounds, i =>
            new DocumentMapper(new MarkdownProblems("x.md", "postmortem"), _ => null).Map(Markdig.Markdown.Parse(markdowns[i], MarkdownPipelines.Report)),
            subtract: i => Markdig.Markdown.Parse(markdowns[i], MarkdownPipelines.Report)));
        Row("  read the figure images from disk (FigureImages.Read)", Stage.Measure(files, rounds, i =>
            (loads[i].Incident!.Impact?.Figures ?? []).Select(FigureImages.Read).ToList()));
        GC.KeepAlive(parsed);
        Row("validate again: IncidentLoader.Load (the first row, repeated: shows JIT has settled)", Stage.Measure(files, rounds, i => IncidentLoader.Load(paths[i])));

        // Writers, by document variant.
        var empty = documents.Select(d => d with { Blocks = [new ParagraphBlock([new TextInline("x")])] }).ToList();
        var noChart = documents.Select(d => d with { Blocks = d.Blocks.Where(b => b is not TimelineFigureBlock).ToList() }).ToList();
        var tablesOnly = documents.Select(d => d with { Blocks = d.Blocks.Where(b => b is TableBlock).ToList() }).ToList();
        var noTables = noChart.Select(d => d with { Blocks = d.Blocks.Where(b => b is not TableBlock).ToList() }).ToList();
        var noFigures = noChart.Select(d => d with { Blocks = d.Blocks.Where(b => b is not FigureBlock).ToList() }).ToList();
        Row(".docx: the timeline picture alone (FigurePngRenderer.Render, 220 dpi PNG, text width)",
            Stage.Measure(files, rounds, i => timelinePng.Render(Chart(documents[i])!, 481.9)));
        foreach (var (name, writer) in new (string, IDocumentWriter)[] { (".docx", docx), (".pdf", pdf) })
        {
            Row($"{name}: whole typical document", Stage.Measure(files, rounds, i => Write(writer, documents[i])));
            Row($"{name}: one-paragraph document (fixed cost per file)", Stage.Measure(files, rounds, i => Write(writer, empty[i])));
            Row($"{name}: without the timeline picture", Stage.Measure(files, rounds, i => Write(writer, noChart[i])));
            Row($"{name}: without the picture and figure blocks", Stage.Measure(files, rounds, i => Write(writer, noFigures[i])));
            Row($"{name}: tables only (no picture)", Stage.Measure(files, rounds, i => Write(writer, tablesOnly[i])));
            Row($"{name}: everything but tables (no picture)", Stage.Measure(files, rounds, i => Write(writer, noTables[i])));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Typical document: {documents[0].Blocks.Count} blocks ({documents[0].Blocks.OfType<TableBlock>().Count()} tables, {documents[0].Blocks.OfType<TableBlock>().Sum(t => t.Rows.Count)} table rows), {Write(pdf, documents[0]).Pages} PDF pages, timeline picture: {(Chart(documents[0]) is null ? "no" : "yes")}."));
        Console.WriteLine();
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static TimelineChart? Chart(ReportDocument document) => document.Blocks.OfType<TimelineFigureBlock>().FirstOrDefault()?.Chart;

    private static WriteResult Write(IDocumentWriter writer, ReportDocument document)
    {
        using var buffer = new MemoryStream(64 * 1024);
        return writer.Write(document, buffer);
    }
}
