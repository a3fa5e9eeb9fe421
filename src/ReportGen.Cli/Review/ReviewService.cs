using System.Diagnostics;
using ReportGen.Cli.Rendering;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Layouts;
using ReportGen.Core.Review;

namespace ReportGen.Cli.Review;

/// <summary>Makes a review pack: expands and reads the inputs in parallel, leaves out the files with errors, derives the
/// portfolio, renders it through the review layout and writes every requested format into --out in one all-or-nothing
/// transaction (the same writing code as render). Exit codes as render: 0 done, 1 an input was left out or the pack
/// could not be written, 2 usage error, 130 interrupted.</summary>
internal sealed class ReviewService(IReviewReporter reporter)
{
    /// <summary>Runs one review.</summary>
    public int Run(ReviewOptions options, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        if (RenderService.ExpandInputs(options.Inputs, options.CurrentDirectory, "reportgen review", "review", reporter.Problem) is not { } inputs)
            return ExitCodes.UsageError;

        var renderOptions = options.ToRenderOptions();
        using var resources = RenderService.LoadResources(renderOptions, LayoutKind.Review, options.Formats, reporter.Problem, out var failure);
        if (resources is null)
            return failure;

        var output = Path.GetFullPath(Path.Combine(options.CurrentDirectory, options.OutputDirectory));
        var target = new OutputTarget(new InputFile(Path.Combine(output, ReviewBuilder.BaseName), Path.Join(options.OutputDirectory, ReviewBuilder.BaseName), ""),
            output, ReviewBuilder.BaseName);
        var guard = new OutputGuard(output, RenderService.InputPaths(inputs, renderOptions), options.CurrentDirectory);
        if (OutputPaths(target, options).Select(guard.Problem).FirstOrDefault(p => p is not null) is { } refusal)
        {
            reporter.Problem($"reportgen review: error: {refusal.Message}\nhint: {refusal.Hint}");
            return refusal.Usage ? ExitCodes.UsageError : ExitCodes.InputFailed; // nothing has been read or written yet
        }
        if (Directory.Exists(output))
            TempFiles.CleanStale(output, DateTime.UtcNow); // what a killed run left behind
        Portfolio? portfolio = null;
        FileOutcome? outcome;
        try
        {
            outcome = reporter.Run(inputs.Files.Count, progress =>
            {
                var read = ReviewInputs.Load(inputs.Files, options, progress.InputRead, cancel);
                progress.Phase("Writing the review");
                var linked = ReportLinks.Attach(read.Valid, output, Reserved(target));
                portfolio = PortfolioBuilder.Build(options.Request, linked, read.Excluded);
                return Write(portfolio, resources, renderOptions, guard, target, options, clock, cancel);
            });
        }
        catch (OperationCanceledException)
        {
            reporter.Problem("reportgen review: interrupted; nothing was written");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"reportgen review: error: the review could not be written to '{options.OutputDirectory}': {ex.Message}\n" +
                             "hint: check that the output folder is writable and nothing is in the way of the outputs");
            return ExitCodes.InputFailed;
        }
        reporter.Summary(new ReviewSummary(portfolio!, outcome, clock.Elapsed));
        if (outcome is not { Succeeded: true })
            return ExitCodes.InputFailed;
        return portfolio!.Excluded.Count > 0 || inputs.Problems.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private FileOutcome? Write(Portfolio portfolio, RenderResources resources, RenderOptions renderOptions, OutputGuard guard,
        OutputTarget target, ReviewOptions options, Stopwatch clock, CancellationToken cancel)
    {
        var (csv, listLimit) = (options.Csv, options.ListLimit);
        var built = new ReviewBuilder(resources.Layout, listLimit, resources.Budget).Build(portfolio);
        var diagnostics = new List<Diagnostic>(built.Diagnostics);
        if (built.Document is null || built.Markdown is null)
        {
            foreach (var d in diagnostics)
                reporter.Problem(d.ToString());
            return null;
        }
        // The CSV tables are made on a worker while the PDF and the .docx take the others.
        var tables = csv ? Task.Run(() => (ReviewCsv.Incidents(portfolio), ReviewCsv.ActionItems(portfolio))) : null;
        return new FileRenderer(resources, renderOptions, guard).WriteOutputs(target, built.Document, built.Markdown, diagnostics, clock, cancel,
            [], tables is null ? null : outputs => StageCsv(outputs, tables.GetAwaiter().GetResult(), target.Directory), formatsAtOnce: true);
    }

    private static void StageCsv(OutputTransaction outputs, (byte[] Incidents, byte[] ActionItems) tables, string directory)
    {
        outputs.StageBytes(Path.Combine(directory, ReviewCsv.IncidentsFile), tables.Incidents);
        outputs.StageBytes(Path.Combine(directory, ReviewCsv.ActionItemsFile), tables.ActionItems);
    }

    /// <summary>Every file the review writes (PNG pages checked by their first).</summary>
    private static IEnumerable<string> OutputPaths(OutputTarget target, ReviewOptions options)
    {
        foreach (var format in options.Formats)
            yield return format.FirstPath(target);
        if (options.Csv)
        {
            yield return Path.Combine(target.Directory, ReviewCsv.IncidentsFile);
            yield return Path.Combine(target.Directory, ReviewCsv.ActionItemsFile);
        }
    }

    /// <summary>Paths (relative to --out) the review itself writes, which no incident's report may be mistaken for.</summary>
    private static HashSet<string> Reserved(OutputTarget target) =>
        new(StringComparer.OrdinalIgnoreCase) { $"{target.BaseName}.pdf" };
}
