using System.CommandLine;
using ReportGen.Core.Schema;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen schema</c> command: prints (or writes) the JSON Schema of the incident format.</summary>
internal static class SchemaCommand
{
    private const string Description = """
        Print the JSON Schema (draft 2020-12) of the incident format, generated from the validator's own rules.
        Editors use it through a first line such as: # yaml-language-server: $schema=incident.schema.json

        Examples:
          reportgen schema > incident.schema.json
          reportgen schema --out schemas/incident.schema.json
          reportgen schema --out incident.schema.json --force   (replace an existing file)
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output (refused if it exists, unless --force)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the --out file if it exists." };
        var command = new Command("schema", Description) { output, force };
        command.SetAction(parse =>
        {
            var text = IncidentSchema.ToJson();
            var target = parse.GetValue(output);
            if (target is null) { stdout.Write(text); return ExitCodes.Success; }
            if (Directory.Exists(target))
            {
                stderr.WriteLine($"reportgen schema: error: '{target}' is a folder");
                stderr.WriteLine("hint: name a file, e.g. --out incident.schema.json");
                return ExitCodes.UsageError;
            }
            if (File.Exists(target) && !parse.GetValue(force))
            {
                stderr.WriteLine($"reportgen schema: error: '{target}' already exists");
                stderr.WriteLine("hint: choose another name, or add --force to overwrite it");
                return ExitCodes.InputFailed;
            }
            try
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(target));
                if (dir is not null) Directory.CreateDirectory(dir);
                File.WriteAllText(target, text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"reportgen schema: error: cannot write '{target}': {ex.Message}");
                return ExitCodes.InputFailed;
            }
            stderr.WriteLine($"wrote {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
