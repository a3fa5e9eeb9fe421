using System.CommandLine;
using ReportGen.Cli.Importing;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen import</c> command: maps options to <see cref="ImportOptions"/> and runs them.</summary>
internal static class ImportCommand
{
    private const string Description = """
        Read a report .docx edited in Word or LibreOffice back into its incident file. Values changed in the document
        are rewritten in place (everything else in the YAML stays byte for byte); tracked changes count as accepted;
        comments are listed, never merged. The result is validated first: on errors nothing is written.
        The .docx carries a copy of the incident file it was rendered from: without --into or --from, import prints
        that file with the edits (a report received by mail needs nothing else).
        Exit code: 0 imported, 1 refused or invalid (nothing written), 2 usage error.

        Examples:
          reportgen import report.docx --into incident.yaml --dry-run   (show the change as a diff)
          reportgen import report.docx --into incident.yaml
          reportgen import report.docx > edited.yaml               (the copy the .docx carries, with the edits)
          reportgen import report.docx --from incident.yaml > new.yaml
          reportgen import report.docx --into incident.yaml --comments review-comments.md
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var docx = new Argument<string>("EDITED.docx") { Description = "The edited report." };
        var into = new Option<string?>("--into") { Description = "The incident file to update (the one the report was rendered from).", HelpName = "INCIDENT.yaml" };
        var from = new Option<string?>("--from") { Description = "The incident file the report was rendered from, when printing the result instead (default: the copy the .docx carries).", HelpName = "INCIDENT.yaml" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of the change and write nothing." };
        var comments = new Option<string?>("--comments") { Description = "Write the document's comments (author, date, anchored text, YAML path) to this Markdown file.", HelpName = "FILE" };
        var layout = new Option<string?>("--layout") { Description = "The layout folder the report was rendered with (default: the built-in one).", HelpName = "DIR" };
        var command = new Command("import", Description) { docx, into, from, dryRun, comments, layout };
        command.SetAction(parse =>
        {
            var options = new ImportOptions(parse.GetValue(docx)!, parse.GetValue(into), parse.GetValue(from), parse.GetValue(dryRun),
                parse.GetValue(comments), parse.GetValue(layout));
            if (options.Into is not null && options.From is not null && options.Into != options.From)
            {
                stderr.WriteLine("reportgen import: error: --into and --from name different files");
                stderr.WriteLine("hint: give one of them: --into updates the file, --from prints the result");
                return ExitCodes.UsageError;
            }
            return ImportRun.Execute(options, stdout, stderr);
        });
        return command;
    }
}
