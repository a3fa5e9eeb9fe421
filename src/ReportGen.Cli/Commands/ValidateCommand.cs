using System.CommandLine;
using ReportGen.Cli.Output;
using ReportGen.Core.Loading;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen validate</c> command: maps options to a <see cref="ValidateRequest"/> and runs it.</summary>
internal static class ValidateCommand
{
    private const string Description = """
        Check incident files against the format and sign-off rules; print every problem as file:line:col with a hint.
        Exit code: 0 no errors (warnings allowed), 1 a file has errors (or warnings under --strict), 2 usage error.

        Examples:
          reportgen validate incident.yaml
          reportgen validate examples                      (every .yaml/.yml under the folder)
          reportgen validate 'incidents/**/*.yaml' --strict
          reportgen validate incidents --format json > diagnostics.json
          reportgen validate incidents --layout my-layout   (also checks the layout and its theme.yaml, once)
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Incident files, folders (searched recursively) or globs (*, **, ?)." };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var maxSize = SizeOption.Create();
        var maxImageSize = SizeOption.CreateImageSize();
        var maxPixels = MaxImagePixelsOption();
        var layout = new Option<string?>("--layout") { Description = "Also check this layout folder (templates and theme.yaml), as render --layout would use it.", HelpName = "DIR" };
        var command = new Command("validate", Description) { paths, strict, format, maxSize, maxImageSize, maxPixels, layout };
        command.SetAction(parse =>
        {
            var layoutDir = parse.GetValue(layout);
            if (layoutDir is not null && !Directory.Exists(layoutDir))
            {
                stderr.WriteLine($"reportgen validate: error: --layout '{layoutDir}' is not a folder");
                stderr.WriteLine("hint: create one with 'reportgen layout export DIR'");
                return ExitCodes.UsageError;
            }
            var request = new ValidateRequest(parse.GetValue(paths) ?? [], parse.GetValue(strict), parse.GetValue(format) == "json",
                new LoadOptions { MaxFileBytes = parse.GetValue(maxSize), MaxImagePixels = parse.GetValue(maxPixels), MaxImageBytes = parse.GetValue(maxImageSize) }) { LayoutDirectory = layoutDir };
            return ValidateRun.Execute(request, Directory.GetCurrentDirectory(), stdout, stderr);
        });
        return command;
    }

    /// <summary>--max-image-pixels (render and validate): the largest figure accepted, width × height.</summary>
    internal static Option<long> MaxImagePixelsOption() =>
        new("--max-image-pixels")
        {
            Description = "Largest figure accepted, in pixels (width × height; default 50000000, i.e. 50 megapixels).",
            HelpName = "PIXELS",
            DefaultValueFactory = _ => new LoadOptions().MaxImagePixels,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
                if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
                    return n;
                result.AddError($"--max-image-pixels: '{text}' is not a positive number of pixels: write e.g. 100000000 for 100 megapixels");
                return 0;
            },
        };
}
