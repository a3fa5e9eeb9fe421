using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen schema</c> command.</summary>
internal static class SchemaCommand
{
    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("schema", "(not built yet)");
        command.SetAction(_ => { stderr.WriteLine("reportgen schema: not built yet"); return ExitCodes.InputFailed; });
        return command;
    }
}
