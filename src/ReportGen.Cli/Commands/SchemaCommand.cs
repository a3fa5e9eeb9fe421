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
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("schema", Description) { output };
        command.SetAction(parse =>
        {
            var text = IncidentSchema.ToJson();
            var target = parse.GetValue(output);
            if (target is null) { stdout.Write(text); return ExitCodes.Success; }
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
