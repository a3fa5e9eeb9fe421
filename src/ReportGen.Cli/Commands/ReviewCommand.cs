using System.CommandLine;
using System.Globalization;
using ReportGen.Cli.Rendering;
using ReportGen.Cli.Review;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Review;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen review</c> command: declares options, maps them to <see cref="ReviewOptions"/>, runs
/// <see cref="ReviewService"/>.</summary>
internal static class ReviewCommand
{
    private const string Description = """
        Makes a leadership review pack across many incidents: a PDF and .docx (cover, speed, trend, action items,
        recurring services and factors, sign-off status, one line per incident) and incidents.csv / action-items.csv.
        Files with errors are left out and listed on a "Not included" page; the review is still made.
        Exit code: 0 done, 1 an input was left out or the pack could not be written, 2 usage error, 130 interrupted.

        Examples:
          reportgen review incidents/ --out review-q2 --from 2026-04-01 --to 2026-06-30
          reportgen render incidents/ --out pack && reportgen review incidents/ --out pack   (links each incident to its report)
          reportgen review "incidents/**/*.yaml" --out pack --format pdf,csv --as-of 2026-07-01
          reportgen review incidents/ --out pack --format png          (PNG pages, e.g. a preview of the cover)
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("path") { Description = "Incident files, folders (searched recursively for *.yaml, *.yml) or globs", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder the review pack goes into (review.pdf, review.docx, incidents.csv, action-items.csv)", Required = true };
        var from = new Option<string?>("--from") { Description = "First day of the period, YYYY-MM-DD, on each incident's start date (default: the earliest incident)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Last day of the period, YYYY-MM-DD, inclusive (default: the latest incident)", HelpName = "DATE" };
        var asOf = new Option<string?>("--as-of") { Description = "The date overdue action items are judged on (default: the latest postmortem date among the inputs, never today)", HelpName = "DATE" };
        var format = new Option<string[]>("--format", "-f") { Description = $"Formats to write, comma-separated: {ReviewFormats.Choices} (default: {ReviewFormats.Default})", AllowMultipleArgumentsPerToken = true };
        var layout = new Option<string?>("--layout") { Description = "Review layout folder (from 'reportgen layout export --name review DIR') instead of the built-in one" };
        var reference = new Option<string?>("--reference-docx") { Description = "Word document whose styles, page setup and header/footer look the .docx takes" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files read at once (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary" };
        var listLimit = new Option<int>("--list-limit") { Description = $"Longest list of action items or unsigned postmortems in the PDF and .docx, the most urgent first (default {ReviewBuilder.DefaultListLimit}); the CSV tables hold every one", HelpName = "N", DefaultValueFactory = _ => ReviewBuilder.DefaultListLimit };
        var fontDirs = new Option<string[]>("--font-dir") { Description = "Folder of extra fonts for characters the shipped fonts lack; repeatable" };
        var maxSize = SizeOption.Create();
        var maxImageSize = SizeOption.CreateImageSize(); // the inputs are validated as render does, figure files included
        var maxPixels = ValidateCommand.MaxImagePixelsOption();
        var budget = new Option<int>(LayoutBudget.OptionName) { Description = "Multiply the loop, output and time limits that stop a runaway layout (they already grow with the inputs; default 1)", DefaultValueFactory = _ => 1 };

        var command = new Command("review", Description) { paths, output, from, to, asOf, format, layout, reference, jobs, quiet, listLimit, fontDirs, maxSize, maxImageSize, maxPixels, budget };
        command.SetAction(parse =>
        {
            if (!ReviewFormats.TryParse(parse.GetValue(format) ?? [], out var formats, out var csv, out var formatError))
                return Usage(stderr, formatError!);
            if (!TryDate(parse.GetValue(from), "--from", out var fromDate, out var error)
                || !TryDate(parse.GetValue(to), "--to", out var toDate, out error)
                || !TryDate(parse.GetValue(asOf), "--as-of", out var asOfDate, out error))
                return Usage(stderr, error!, "write dates as YYYY-MM-DD, e.g. --from 2026-04-01 --to 2026-06-30");
            if (fromDate is { } f && toDate is { } t && t < f)
                return Usage(stderr, $"--to {Text(t)} is before --from {Text(f)}", "the period runs from --from to --to, both inclusive");
            if (parse.GetValue(jobs) < 1)
                return Usage(stderr, "--jobs must be at least 1");
            if (parse.GetValue(listLimit) < 1)
                return Usage(stderr, "--list-limit must be at least 1");
            if (parse.GetValue(budget) < 1)
                return Usage(stderr, $"{LayoutBudget.OptionName} must be at least 1");
            var referenceDocx = parse.GetValue(reference);
            if (referenceDocx is not null && !File.Exists(referenceDocx))
                return Usage(stderr, $"--reference-docx '{referenceDocx}' does not exist");
            var fontDirectories = parse.GetValue(fontDirs) ?? [];
            if (fontDirectories.FirstOrDefault(d => !Directory.Exists(d)) is { } missingFonts)
                return Usage(stderr, $"--font-dir '{missingFonts}' is not a folder", "give a folder that holds .ttf, .otf or .ttc files");
            var layoutDir = parse.GetValue(layout);
            if (layoutDir is not null && !Directory.Exists(layoutDir))
                return Usage(stderr, $"--layout '{layoutDir}' is not a folder", "create one with 'reportgen layout export --name review DIR'");
            var outDir = parse.GetValue(output)!;
            if (File.Exists(outDir))
                return Usage(stderr, $"--out '{outDir}' is a file, not a folder", "name a folder for the review pack (it is created if missing)");

            var options = new ReviewOptions
            {
                Inputs = parse.GetValue(paths) ?? [],
                OutputDirectory = outDir,
                Formats = formats,
                Csv = csv,
                Request = new ReviewRequest(fromDate, toDate, asOfDate),
                LayoutDirectory = layoutDir,
                ReferenceDocx = referenceDocx,
                FontDirectories = [.. fontDirectories.Select(Path.GetFullPath)],
                Jobs = parse.GetValue(jobs),
                Quiet = parse.GetValue(quiet),
                ListLimit = parse.GetValue(listLimit),
                LayoutBudget = new LayoutBudget { Scale = parse.GetValue(budget) },
                LoadOptions = new LoadOptions { MaxFileBytes = parse.GetValue(maxSize), MaxImagePixels = parse.GetValue(maxPixels), MaxImageBytes = parse.GetValue(maxImageSize) },
                CurrentDirectory = Environment.CurrentDirectory,
            };
            using var interrupt = new InterruptSource(stderr);
            var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
            IReviewReporter reporter = interactive
                ? new ProgressReviewReporter(AnsiConsole.Console, options.Quiet)
                : new PlainReviewReporter(stdout, stderr, options.Quiet);
            return new ReviewService(reporter).Run(options, interrupt.Token);
        });
        return command;
    }

    /// <summary>Earliest and latest years a date option takes: wider ranges are typing mistakes, and the previous
    /// period and trend months must stay inside the calendar.</summary>
    private const int FirstYear = 1900, LastYear = 2999;

    private static bool TryDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error = $"{option} '{text}' is not a date";
            return false;
        }
        if (parsed.Year is < FirstYear or > LastYear)
        {
            error = $"{option} {Text(parsed)} is outside the years {FirstYear} to {LastYear} a review covers";
            return false;
        }
        date = parsed;
        return true;
    }

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Usage(TextWriter stderr, string message, string? hint = null)
    {
        stderr.WriteLine($"reportgen review: error: {message}");
        stderr.WriteLine($"hint: {hint ?? "run 'reportgen review --help' for the options"}");
        return ExitCodes.UsageError;
    }
}
