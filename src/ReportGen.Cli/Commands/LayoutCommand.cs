using System.CommandLine;
using ReportGen.Core.Layouts;

namespace ReportGen.Cli.Commands;

/// <summary>The <c>reportgen layout</c> command group: <c>layout export DIR</c> writes the built-in layout out so a
/// user can customise it and pass it to <c>render --layout DIR</c>.</summary>
internal static class LayoutCommand
{
    private const string ExportDescription = """
        Write a built-in layout (templates, theme.yaml, README.md) into DIR, to customise it: 'postmortem' (the
        default, for render) or 'review' (for review). Then use it: reportgen render incident.yaml --layout DIR,
        or reportgen review incidents/ --out pack --layout DIR

        Examples:
          reportgen layout export my-layout
          reportgen layout export --name review my-review-layout
          reportgen layout export my-layout --force   (overwrite files already there)
        """;

    /// <summary>Declares the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("DIR") { Description = "Folder to write the layout into (created if missing)." };
        var force = new Option<bool>("--force") { Description = "Overwrite layout files that already exist in DIR." };
        var name = new Option<string>("--name") { Description = "Which built-in layout: postmortem (default) or review.", DefaultValueFactory = _ => LayoutKind.Postmortem.Name };
        name.AcceptOnlyFromAmong([.. LayoutKind.All.Select(k => k.Name)]);
        var export = new Command("export", ExportDescription) { dir, force, name };
        export.SetAction(parse => Export(parse.GetValue(dir)!, LayoutKind.Named(parse.GetValue(name)!)!, parse.GetValue(force), stdout, stderr));
        var command = new Command("layout", "Work with report layouts (the templates and theme a report is made with).") { export };
        return command;
    }

    private static int Export(string target, LayoutKind kind, bool force, TextWriter stdout, TextWriter stderr)
    {
        var loaded = ReportLayout.Load(null, kind);
        if (loaded.Layout is null)
        {
            foreach (var d in loaded.Diagnostics) stderr.WriteLine(d);
            return ExitCodes.InputFailed;
        }
        var layout = loaded.Layout;
        var existing = layout.Files.Where(f => File.Exists(Path.Combine(target, f))).ToList();
        if (existing.Count > 0 && !force)
        {
            stderr.WriteLine($"reportgen layout export: error: '{target}' already holds {string.Join(", ", existing)}");
            stderr.WriteLine("hint: choose an empty folder, or add --force to overwrite those files");
            return ExitCodes.InputFailed;
        }
        try
        {
            layout.Export(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportgen layout export: error: cannot write '{target}': {ex.Message}");
            return ExitCodes.InputFailed;
        }
        var use = kind == LayoutKind.Review ? "review with" : "render with";
        stdout.WriteLine($"wrote layout '{layout.Name}' to {target} ({layout.Files.Count} files): edit it, then {use} --layout {target}");
        return ExitCodes.Success;
    }
}
