using System.Collections.Concurrent;
using System.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Layouts;

namespace ReportGen.Cli.Rendering;

/// <summary>Renders a batch: expands the inputs, plans every output path up front, loads shared resources once,
/// renders files in parallel (bounded by --jobs), and reports a summary. Returns an exit code.</summary>
internal sealed class RenderService(IRenderReporter reporter)
{
    /// <summary>Runs one render pass. Cancellation (Ctrl-C) stops new work, discards unfinished outputs and returns
    /// <see cref="ExitCodes.Interrupted"/>.</summary>
    public int Run(RenderOptions options, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        if (ExpandInputs(options.Inputs, options.CurrentDirectory, "reportgen", "render", reporter.Problem) is not { } inputs)
            return ExitCodes.UsageError;

        var guard = new OutputGuard(options.OutputDirectory, InputPaths(inputs, options), options.CurrentDirectory);
        var targets = OutputPlan.Create(inputs.Files, options.OutputDirectory, options.Formats, guard, out var collisions);
        if (collisions.Count > 0)
        {
            foreach (var c in collisions)
                reporter.Problem($"reportgen: error: {c}");
            return ExitCodes.UsageError; // nothing has been written yet
        }

        using var resources = LoadResources(options, LayoutKind.Postmortem, options.Formats, reporter.Problem, out var failure);
        if (resources is null)
            return failure;

        var summary = new RunSummary();
        foreach (var problem in inputs.Problems)
            summary.AddProblem(problem);
        foreach (var folder in targets.Select(t => t.Directory).Distinct(StringComparer.Ordinal))
            TempFiles.CleanStale(folder, DateTime.UtcNow); // what a killed run left behind
        var renderer = new FileRenderer(resources, options, guard);
        var interrupted = false;
        reporter.Run(targets.Count, () =>
        {
            try
            {
                // Workers take files one at a time in input order (not in ranges), so a reporter printing in input
                // order holds back few lines, and no worker sits idle while files remain.
                var inInputOrder = Partitioner.Create(Enumerable.Range(0, targets.Count), EnumerablePartitionerOptions.NoBuffering);
                Parallel.ForEach(inInputOrder, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancel },
                    index =>
                    {
                        var target = targets[index];
                        reporter.FileStarted(target.Input.DisplayPath);
                        var outcome = RenderOne(renderer, target, cancel);
                        summary.Add(outcome);
                        reporter.FileFinished(index, outcome);
                    });
            }
            catch (OperationCanceledException)
            {
                interrupted = true;
            }
        });
        summary.Elapsed = clock.Elapsed;
        reporter.Summary(summary);
        if (interrupted)
            return ExitCodes.Interrupted;
        if (targets.Any(t => t.Refusal is { Usage: true }))
            return ExitCodes.UsageError; // an output that would destroy an input, or leave --out: the command line is wrong
        return summary.Failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>The incident files <paramref name="patterns"/> name, each one that cannot be read reported; null, after
    /// saying so, when none is left to work on (a usage error). Review uses it too.</summary>
    internal static InputSet? ExpandInputs(IReadOnlyList<string> patterns, string currentDirectory, string command, string verb,
        Action<string> problem)
    {
        var inputs = InputFiles.Expand(patterns, currentDirectory);
        foreach (var p in inputs.Problems)
            problem($"{command}: error: {p}");
        if (inputs.Files.Count > 0)
            return inputs;
        problem($"{command}: error: no incident files to {verb}\nhint: give .yaml/.yml files, folders or globs");
        return null;
    }

    /// <summary>The layout of <paramref name="kind"/>, the fonts and the writers <paramref name="formats"/> need, their
    /// problems reported; null when the run cannot go on, with its exit code in <paramref name="failure"/> (a broken
    /// layout fails the inputs, a writer its options cannot set up is a usage error). Review uses it too.</summary>
    internal static RenderResources? LoadResources(RenderOptions options, LayoutKind kind, IReadOnlyList<OutputFormat> formats,
        Action<string> problem, out int failure)
    {
        var resources = RenderResources.Load(options, kind, out var layoutDiagnostics);
        foreach (var d in layoutDiagnostics)
            problem(d.ToString());
        failure = resources is null ? ExitCodes.InputFailed : ExitCodes.Success;
        if (resources is not null && !WritersUsable(resources, formats, options.ReferenceDocx is not null, problem))
        {
            resources.Dispose();
            (resources, failure) = (null, ExitCodes.UsageError);
        }
        return resources;
    }

    /// <summary>Every file the run reads that an output must never replace: the incidents, the reference .docx and
    /// the layout's files.</summary>
    internal static IEnumerable<string> InputPaths(InputSet inputs, RenderOptions options)
    {
        foreach (var file in inputs.Files)
            yield return file.FullPath;
        if (options.ReferenceDocx is not null)
            yield return Path.GetFullPath(options.ReferenceDocx, options.CurrentDirectory);
        if (options.LayoutDirectory is not null && Directory.Exists(options.LayoutDirectory))
            foreach (var file in Directory.EnumerateFiles(Path.GetFullPath(options.LayoutDirectory, options.CurrentDirectory), "*",
                         new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                yield return file;
    }

    /// <summary>One file, whatever happens inside: an unexpected exception becomes that file's error (never a stack
    /// trace, never an abandoned batch); only cancellation goes through.</summary>
    private static FileOutcome RenderOne(FileRenderer renderer, OutputTarget target, CancellationToken cancel)
    {
        try
        {
            return renderer.Render(target, cancel);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var diagnostic = new Document.Diagnostics.Diagnostic(Document.Diagnostics.DiagnosticSeverity.Error, target.Input.DisplayPath, 0, 0,
                $"could not render: {ex.GetType().Name}: {ex.Message}", Hint: "this is a bug in reportgen; please report it with the input file");
            return new FileOutcome(target.Input.DisplayPath, false, [], [diagnostic], 0, TimeSpan.Zero);
        }
    }

    /// <summary>Creates the writers the formats asked for before the first file: a writer that cannot be set up from
    /// its options (a broken --reference-docx) is one usage error up front, not the same failure repeated for every file.
    /// Review uses it too.</summary>
    internal static bool WritersUsable(RenderResources resources, IReadOnlyList<OutputFormat> formats, bool referenceDocx, Action<string> problem)
    {
        foreach (var format in formats.SelectMany(f => f.Writers).Distinct(StringComparer.Ordinal))
        {
            try
            {
                _ = resources.Writer(format);
            }
            catch (InvalidDataException ex) when (referenceDocx)
            {
                problem($"reportgen: error: --reference-docx: {ex.Message}\nhint: give a .docx saved by Word or LibreOffice");
                return false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Anything else (a native library that cannot load) is each file's write failure, as before: the
                // writer's Lazy keeps the exception and every write reports it with its hint.
            }
        }
        return true;
    }
}
