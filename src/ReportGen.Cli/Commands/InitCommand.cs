using System.CommandLine;
using ReportGen.Core.Starter;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen init</c> command: writes the commented starter incident.</summary>
internal static class InitCommand
{
    private const string Description = """
        Write a commented starter incident with every section of the postmortem template. Its placeholders
        ([Name], TODO, TBD) are reported as warnings by 'reportgen validate' until you replace them.

        Examples:
          reportgen init                      (writes incident.yaml)
          reportgen init incidents/INC-2101.yaml
          reportgen init - > new.yaml         (to standard output)
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "File to create (default incident.yaml; '-' for standard output).", DefaultValueFactory = _ => "incident.yaml" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", Description) { file, force };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(file) ?? "incident.yaml";
            if (target == "-") { stdout.Write(StarterIncident.Text); return ExitCodes.Success; }
            if (File.Exists(target) && !parse.GetValue(force))
            {
                stderr.WriteLine($"reportgen init: error: '{target}' already exists");
                stderr.WriteLine("hint: choose another name, or add --force to overwrite it");
                return ExitCodes.InputFailed;
            }
            try
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(target));
                if (dir is not null) Directory.CreateDirectory(dir);
                File.WriteAllText(target, StarterIncident.Text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"reportgen init: error: cannot write '{target}': {ex.Message}");
                return ExitCodes.InputFailed;
            }
            stdout.WriteLine($"wrote {target}: replace the placeholders, then run 'reportgen validate {target}'");
            return ExitCodes.Success;
        });
        return command;
    }
}
