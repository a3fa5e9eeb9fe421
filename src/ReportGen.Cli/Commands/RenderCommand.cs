using System.CommandLine;
using ReportGen.Cli.Rendering;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Document.FileSystem;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen render</c> command: declares options, maps them to <see cref="RenderOptions"/>, runs
/// <see cref="RenderService"/> (or <see cref="WatchLoop"/>).</summary>
internal static class RenderCommand
{
    private const string Examples = """
        Renders incident files to PDF and .docx (and Markdown or PNG page previews on request).

        Examples:
          reportgen render incidents/checkout-outage.yaml
          reportgen render incidents/ --out reports/
          reportgen render "incidents/**/*.yaml" --format pdf,md --out reports/ --jobs 4
          reportgen render incident.yaml --format docx --reference-docx company-template.docx
          reportgen render incident.yaml --out preview/ --watch
          reportgen render incident.yaml --format pdf --font-dir ~/fonts/noto-sans-bengali
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("path") { Description = "Incident files, folders (searched recursively for *.yaml, *.yml) or globs", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: next to each input); sub-folders of a folder argument are mirrored" };
        var format = new Option<string[]>("--format", "-f") { Description = WriterRegistry.BuiltIn.Help, AllowMultipleArgumentsPerToken = true };
        var layout = new Option<string?>("--layout") { Description = "Layout folder (from 'reportgen layout export') instead of the built-in postmortem layout" };
        var reference = new Option<string?>("--reference-docx") { Description = "Word document whose styles, page setup and header/footer look the .docx takes" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files rendered at once (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors: a file with warnings produces no output" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every diagnostic and per-file timings" };
        var watch = new Option<bool>("--watch", "-w") { Description = "Keep running; re-render when an input, the layout or the theme changes" };
        var fontDirs = new Option<string[]>("--font-dir") { Description = "Folder of extra fonts (.ttf/.otf/.ttc with TrueType outlines) for characters no shipped font has (after the shipped fonts, before the system's); repeatable" };
        var maxSize = SizeOption.Create();

        var maxImageSize = SizeOption.CreateImageSize();
        var maxPixels = ValidateCommand.MaxImagePixelsOption();

        var budget = new Option<int>(LayoutBudget.OptionName) { Description = "Multiply the loop, output and time limits that stop a runaway layout (they already grow with the incident; default 1)", DefaultValueFactory = _ => 1 };

        var command = new Command("render", Examples) { paths, output, format, layout, reference, jobs, strict, quiet, verbose, watch, fontDirs, maxSize, maxImageSize, maxPixels, budget };
        command.SetAction(parse =>
        {
            if (!WriterRegistry.BuiltIn.TryParse(parse.GetValue(format) ?? [], out var formats, out var formatError))
                return Usage(stderr, formatError!);
            if (parse.GetValue(jobs) < 1)
                return Usage(stderr, "--jobs must be at least 1");
            if (parse.GetValue(budget) < 1)
                return Usage(stderr, $"{LayoutBudget.OptionName} must be at least 1");
            if (parse.GetValue(quiet) && parse.GetValue(verbose))
                return Usage(stderr, "--quiet and --verbose cannot be used together");
            var referenceDocx = parse.GetValue(reference);
            if (referenceDocx is not null && RegularFile.KindOf(referenceDocx) is var docxKind && docxKind != FileKind.Regular)
                return docxKind == FileKind.Missing
                    ? Usage(stderr, $"--reference-docx '{referenceDocx}' does not exist")
                    : Usage(stderr, $"--reference-docx '{referenceDocx}' is {docxKind.Describe()}, not a regular file", "give a .docx saved by Word or LibreOffice");
            var outputDir = parse.GetValue(output);
            if (outputDir is not null && RegularFile.KindOf(outputDir) is var outKind && outKind is not (FileKind.Directory or FileKind.Missing))
                return Usage(stderr, $"--out '{outputDir}' is {outKind.Describe()}, not a folder", "--out names the folder the reports go into; give a new or existing folder");
            var fontDirectories = parse.GetValue(fontDirs) ?? [];
            if (fontDirectories.FirstOrDefault(d => !Directory.Exists(d)) is { } missingFonts)
                return Usage(stderr, $"--font-dir '{missingFonts}' is not a folder", "give a folder that holds .ttf, .otf or .ttc files");
            var layoutDir = parse.GetValue(layout);
            if (layoutDir is not null && !Directory.Exists(layoutDir))
                return Usage(stderr, $"--layout '{layoutDir}' is not a folder", "create one with 'reportgen layout export DIR'");

            var options = new RenderOptions
            {
                Inputs = parse.GetValue(paths) ?? [],
                OutputDirectory = outputDir,
                Formats = formats,
                LayoutDirectory = layoutDir,
                ReferenceDocx = referenceDocx,
                FontDirectories = [.. fontDirectories.Select(Path.GetFullPath)],
                Jobs = parse.GetValue(jobs),
                Strict = parse.GetValue(strict),
                Quiet = parse.GetValue(quiet),
                Verbose = parse.GetValue(verbose),
                Watch = parse.GetValue(watch),
                LoadOptions = new LoadOptions { MaxFileBytes = parse.GetValue(maxSize), MaxImagePixels = parse.GetValue(maxPixels), MaxImageBytes = parse.GetValue(maxImageSize) },
                LayoutBudget = new LayoutBudget { Scale = parse.GetValue(budget) },
                CurrentDirectory = Environment.CurrentDirectory,
            };
            using var interrupt = new InterruptSource(stderr);
            var reporter = CreateReporter(options, stdout, stderr);
            var service = new RenderService(reporter);
            return options.Watch
                ? new WatchLoop(service, options, stdout).Run(interrupt.Token)
                : service.Run(options, interrupt.Token);
        });
        return command;
    }

    private static IRenderReporter CreateReporter(RenderOptions options, TextWriter stdout, TextWriter stderr)
    {
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && !options.Watch;
        return interactive ? new ProgressReporter(AnsiConsole.Console, options) : new PlainReporter(stdout, stderr, options);
    }

    private static int Usage(TextWriter stderr, string message, string? hint = null)
    {
        stderr.WriteLine($"reportgen render: error: {message}");
        stderr.WriteLine($"hint: {hint ?? "run 'reportgen render --help' for the options"}");
        return ExitCodes.UsageError;
    }
}
