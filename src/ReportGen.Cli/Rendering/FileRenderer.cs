using System.Diagnostics;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Document;

namespace ReportGen.Cli.Rendering;

/// <summary>Renders one input to every requested format: load and validate, build the document, write each format
/// into an <see cref="OutputTransaction"/>, commit only if the whole file succeeded.</summary>
internal sealed class FileRenderer(RenderResources resources, RenderOptions options, OutputGuard guard)
{
    /// <summary>Renders <paramref name="target"/>; never throws for bad input (cancellation still propagates).</summary>
    public FileOutcome Render(OutputTarget target, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var display = target.Input.DisplayPath;
        var diagnostics = new List<Diagnostic>();
        if (target.Refusal is { } refusal)
        {
            // Refused before anything was read or written: say so and let the batch go on.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, display, 0, 0, $"not rendered: {refusal.Message}", Hint: refusal.Hint));
            return Failed(display, diagnostics, clock);
        }
        var loaded = IncidentLoader.Load(target.Input.FullPath, display, options.LoadOptions with { LinkSchemes = resources.Builder.LinkSchemes });
        diagnostics.AddRange(loaded.Diagnostics);
        if (Fails(diagnostics))
            return Failed(display, diagnostics, clock);

        var built = resources.Builder.Build(loaded);
        diagnostics.AddRange(built.Diagnostics);
        if (built.Document is null || built.Markdown is null || Fails(diagnostics))
            return Failed(display, diagnostics, clock);
        IReadOnlyList<string> figures = loaded.Incident?.Impact?.Figures.Select(f => f.FullPath).ToList() ?? [];
        return WriteOutputs(target, built.Document, built.Markdown, diagnostics, clock, cancel, figures);
    }

    /// <summary>Writes every requested format of a built document for <paramref name="target"/>, all or nothing;
    /// <paramref name="stageMore"/> adds further files to the same transaction (the review's CSV tables). No output may
    /// replace an input, leave --out or replace a file in <paramref name="alsoRead"/> (the incident's figures). With
    /// <paramref name="formatsAtOnce"/> the PDF and the .docx are written into memory on parallel workers, then staged in
    /// the usual order: one large document (a review) then takes every core, where a batch already spreads its files.</summary>
    internal FileOutcome WriteOutputs(OutputTarget target, ReportDocument document, string markdown, List<Diagnostic> diagnostics,
        Stopwatch clock, CancellationToken cancel, IReadOnlyList<string> alsoRead, Action<OutputTransaction>? stageMore = null,
        bool formatsAtOnce = false)
    {
        var display = target.Input.DisplayPath;
        using var outputs = new OutputTransaction(path => guard.Problem(path, alsoRead));
        var pages = 0;
        var job = new FormatJob(target, document, markdown, outputs, display, diagnostics, options, resources);
        if (formatsAtOnce) job.Prepared = Prepare(job);
        foreach (var format in options.Formats)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                pages = Math.Max(pages, format.Write(job));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A writer bug, an I/O failure or a broken install: report it as this file's error, keep the batch going.
                diagnostics.Add(WriteFailure(format, ex, display));
                return Failed(display, diagnostics, clock);
            }
        }
        try
        {
            stageMore?.Invoke(outputs);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, display, 0, 0, $"could not write: {ex.Message}",
                Hint: "check that the output folder is writable and the file is not open elsewhere"));
            return Failed(display, diagnostics, clock);
        }
        if (Fails(diagnostics))
            return Failed(display, diagnostics, clock);
        try
        {
            outputs.Commit(cancel);
        }
        catch (OutputCommitException ex)
        {
            diagnostics.Add(CommitFailure(ex, display));
            return Failed(display, diagnostics, clock);
        }
        foreach (var format in options.Formats)
            format.Committed(target, pages);
        return new FileOutcome(display, true, outputs.Targets.ToList(), diagnostics, pages, clock.Elapsed);
    }

    internal static Diagnostic CommitFailure(OutputCommitException ex, string display) =>
        new(DiagnosticSeverity.Error, display, 0, 0, ex.Restored
                ? $"no output was written: {ex.Message} (any previous outputs are unchanged)"
                : $"the outputs could not be put in place: {ex.Message}; some previous outputs are kept as hidden {TempFiles.Prefix}*.bak files",
            Hint: ex.Hint);

    internal static Diagnostic WriteFailure(OutputFormat format, Exception ex, string display)
    {
        // Skia and HarfBuzz are native libraries shipped beside the tool: when they cannot be loaded, the first use
        // fails in a type initializer whose message says nothing useful, so name the real cause.
        var native = ex is TypeInitializationException { InnerException: { } inner } ? inner : ex;
        if (native is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
            return new Diagnostic(DiagnosticSeverity.Error, display, 0, 0,
                $"could not write {format.Name}: a native library of the drawing engine could not be loaded ({FirstSentence(native.Message)})",
                Hint: "reinstall the tool for this platform (dotnet tool update reportgen); libSkiaSharp and libHarfBuzzSharp must sit beside it");
        return new Diagnostic(DiagnosticSeverity.Error, display, 0, 0, $"could not write {format.Name}: {ex.Message}",
            Hint: ex is IOException or UnauthorizedAccessException
                ? "check that the output folder is writable and the file is not open elsewhere"
                : "this is a bug in reportgen; please report it with the input file");
    }

    /// <summary>.NET's load errors list every path it tried over many lines: the first sentence names the library.</summary>
    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? line[..end] : line.TrimEnd('.', ':', ' ');
    }

    /// <summary>Starts every format that is one document writer's file (the PDF, the .docx) on a worker thread, each
    /// into memory; the formats stage the bytes when the loop reaches them.</summary>
    private Dictionary<string, Task<PreparedOutput>> Prepare(FormatJob job) =>
        options.Formats.OfType<DocumentFormat>().ToDictionary(f => f.Name, f => Task.Run(() => f.Prepare(job)), StringComparer.Ordinal);

    private bool Fails(List<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError) || (options.Strict && diagnostics.Count > 0);

    private static FileOutcome Failed(string display, List<Diagnostic> diagnostics, Stopwatch clock)
        => new(display, false, [], diagnostics, 0, clock.Elapsed);
}
