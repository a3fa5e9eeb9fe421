using ReportGen.Core.Inputs;
using ReportGen.Core.Loading;

namespace ReportGen.Cli.Output;

/// <summary>What <c>reportgen validate</c> was asked to do.</summary>
/// <param name="Paths">Files, folders and globs as typed.</param>
/// <param name="Strict">Warnings fail too.</param>
/// <param name="Json">Machine-readable output instead of text.</param>
/// <param name="Limits">Loading limits.</param>
internal sealed record ValidateRequest(IReadOnlyList<string> Paths, bool Strict, bool Json, LoadOptions Limits)
{
    /// <summary>A layout folder to check too (its templates and theme), once for the whole run; null: none.</summary>
    public string? LayoutDirectory { get; init; }
}

/// <summary>Validates every file of a request, streaming diagnostics as each file is done (memory stays flat in the
/// number of files), then prints a one-line summary and returns the exit code.</summary>
internal static class ValidateRun
{
    public static int Execute(ValidateRequest request, string currentDirectory, TextWriter stdout, TextWriter stderr)
    {
        var inputs = InputFiles.Expand(request.Paths, currentDirectory);
        if (inputs.Problems.Count > 0)
        {
            foreach (var problem in inputs.Problems) stderr.WriteLine($"reportgen validate: error: {TerminalText.Escape(problem)}");
            stderr.WriteLine("hint: pass incident files, folders holding .yaml/.yml files, or quoted globs such as 'incidents/**/*.yaml'");
            return ExitCodes.UsageError;
        }
        IValidationOutput output = request.Json ? new JsonValidationOutput(stdout, request.Strict) : new TextValidationOutput(stdout, request.Strict);
        var totals = new ValidationTotals();
        if (request.LayoutDirectory is { } layoutDirectory)
        {
            // The layout's problems (a theme whose margins leave no text area…) are reported once, as one more file.
            var layout = Core.Layouts.ReportLayout.Load(layoutDirectory, request.Limits.MaxImagePixels);
            var result = new LoadResult(layoutDirectory, null, null, layout.Diagnostics);
            totals.Add(result);
            output.File(result);
        }
        foreach (var input in inputs.Files)
        {
            var loaded = IncidentLoader.Load(input.FullPath, request.Limits);
            var result = loaded with { File = input.DisplayPath, Diagnostics = Rename(loaded, input) };
            totals.Add(result);
            output.File(result);
        }
        output.Summary(totals);
        var failed = totals.FilesWithErrors > 0 || (request.Strict && totals.Warnings > 0);
        return failed ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>Diagnostics name the file as the user's argument led to it, whatever path was used to open it.</summary>
    private static IReadOnlyList<Document.Diagnostics.Diagnostic> Rename(LoadResult result, InputFile input) =>
        result.File == input.DisplayPath ? result.Diagnostics : result.Diagnostics.Select(d => d with { File = input.DisplayPath }).ToList();
}

/// <summary>Running counts over all files.</summary>
internal sealed class ValidationTotals
{
    public int Files { get; private set; }
    public int FilesWithErrors { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }

    public void Add(LoadResult result)
    {
        Files++;
        var errors = result.ErrorCount;
        Errors += errors;
        Warnings += result.WarningCount;
        if (errors > 0) FilesWithErrors++;
    }
}
