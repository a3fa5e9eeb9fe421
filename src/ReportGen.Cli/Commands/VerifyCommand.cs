using System.CommandLine;
using ReportGen.Cli.Verification;
using ReportGen.Core.Loading;
using ReportGen.Document.FileSystem;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen verify</c> command: maps its arguments to <see cref="VerifyOptions"/> and runs
/// <see cref="VerifyService"/>.</summary>
internal static class VerifyCommand
{
    private const string Description = """
        Check that a report is exactly what an incident file renders: re-renders it in memory and compares the bytes.
        A PDF signed afterwards still verifies: its original bytes must come first, followed only by signatures of its
        own signature fields (the signers and signing times are listed).
        Exit code: 0 every report matches, 1 a report differs or could not be verified, 2 usage error.

        Examples:
          reportgen verify reports/checkout-outage.pdf incidents/checkout-outage.yaml
          reportgen verify signed/checkout-outage.pdf incidents/checkout-outage.yaml --layout my-layout
          reportgen verify reports/checkout-outage.docx incidents/checkout-outage.yaml --reference-docx company.docx
          reportgen verify reports/ incidents/     (an audit: each report against the incident with the same name)
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var report = new Argument<string>("REPORT") { Description = "A rendered report (.pdf or .docx), or a folder of reports" };
        var incident = new Argument<string>("INCIDENT") { Description = "The incident file it was rendered from, or a folder of incident files" };
        var layout = new Option<string?>("--layout") { Description = "The layout folder the report was rendered with (default: the built-in layout)" };
        var reference = new Option<string?>("--reference-docx") { Description = "The Word template a .docx was rendered with" };
        var fontDirs = new Option<string[]>("--font-dir") { Description = "Font folders the PDF was rendered with (repeatable)" };
        var maxSize = SizeOption.Create();
        var maxPixels = ValidateCommand.MaxImagePixelsOption();
        var command = new Command("verify", Description) { report, incident, layout, reference, fontDirs, maxSize, maxPixels };
        command.SetAction(parse =>
        {
            var layoutDir = parse.GetValue(layout);
            if (layoutDir is not null && !Directory.Exists(layoutDir))
                return Usage(stderr, $"--layout '{layoutDir}' is not a folder", "give the layout folder the report was rendered with");
            var referenceDocx = parse.GetValue(reference);
            if (referenceDocx is not null && RegularFile.KindOf(referenceDocx) != FileKind.Regular)
                return Usage(stderr, $"--reference-docx '{referenceDocx}' is not a file", "give the .docx template the report was rendered with");
            var fonts = parse.GetValue(fontDirs) ?? [];
            if (fonts.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
                return Usage(stderr, $"--font-dir '{missing}' is not a folder", "give the font folders the report was rendered with");
            var options = new VerifyOptions
            {
                Report = parse.GetValue(report)!,
                Incident = parse.GetValue(incident)!,
                LayoutDirectory = layoutDir,
                ReferenceDocx = referenceDocx,
                FontDirectories = [.. fonts.Select(Path.GetFullPath)],
                LoadOptions = new LoadOptions { MaxFileBytes = parse.GetValue(maxSize), MaxImagePixels = parse.GetValue(maxPixels) },
                CurrentDirectory = Environment.CurrentDirectory,
            };
            return new VerifyService(stdout, stderr).Run(options);
        });
        return command;
    }

    private static int Usage(TextWriter stderr, string message, string hint)
    {
        stderr.WriteLine($"reportgen verify: error: {Output.TerminalText.Escape(message)}");
        stderr.WriteLine($"hint: {hint}");
        return ExitCodes.UsageError;
    }
}
