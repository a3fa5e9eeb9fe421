using System.Collections.Concurrent;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Loading;
using ReportGen.Core.Review;

namespace ReportGen.Cli.Review;

/// <summary>The inputs of a review once read: the valid incidents (kept slim) and the files left out with their first
/// error, both in input order.</summary>
/// <param name="Valid">Incidents without errors.</param>
/// <param name="Excluded">Files with errors.</param>
/// <param name="Warnings">Warnings found in the valid files.</param>
internal sealed record ReviewInputSet(IReadOnlyList<ReviewIncident> Valid, IReadOnlyList<ExcludedInput> Excluded, int Warnings);

/// <summary>Loads and validates every input in parallel (bounded by --jobs), as render does, and keeps of each file only
/// what a review needs, so memory stays small for ten thousand incidents.</summary>
internal static class ReviewInputs
{
    /// <summary>Reads <paramref name="files"/>; <paramref name="read"/> is called once per file as it is done (from
    /// worker threads). Cancellation stops new work and propagates.</summary>
    public static ReviewInputSet Load(IReadOnlyList<InputFile> files, ReviewOptions options, Action read, CancellationToken cancel)
    {
        var valid = new ReviewIncident?[files.Count];
        var excluded = new ExcludedInput?[files.Count];
        var warnings = 0;
        var ranges = Partitioner.Create(0, files.Count, Math.Max(1, files.Count / (Math.Max(1, options.Jobs) * 16)));
        Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancel }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                cancel.ThrowIfCancellationRequested();
                var file = files[i];
                var loaded = IncidentLoader.Load(file.FullPath, file.DisplayPath, options.LoadOptions);
                if (loaded.Incident is not null && loaded.Figures is not null && !loaded.HasErrors)
                {
                    valid[i] = ReviewIncident.From(new ReviewSource(file.DisplayPath, Path.GetFileNameWithoutExtension(file.FullPath),
                        file.RelativeDirectory) { Sha256 = loaded.SourceSha256 }, loaded.Incident, loaded.Figures);
                    Interlocked.Add(ref warnings, loaded.WarningCount);
                }
                else
                {
                    excluded[i] = Excluded(file, loaded.Diagnostics);
                }
                read();
            }
        });
        return new ReviewInputSet(valid.OfType<ReviewIncident>().ToList(), excluded.OfType<ExcludedInput>().ToList(), warnings);
    }

    private static ExcludedInput Excluded(InputFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var first = diagnostics.FirstOrDefault(d => d.IsError);
        return first is null
            ? new ExcludedInput(file.DisplayPath, 0, 0, "the file could not be read", 1)
            : new ExcludedInput(file.DisplayPath, first.Line, first.Column, first.Path is null ? first.Message : $"{first.Message} ({first.Path})",
                diagnostics.Count(d => d.IsError));
    }
}
