using System.Text;
using ReportGen.Cli.Rendering;
using ReportGen.Import;

namespace ReportGen.Cli.Importing;

/// <summary>Runs an import: asks <see cref="ImportService"/> for the new incident text, then prints it, prints a diff
/// (--dry-run) or writes it over --into atomically; reports edits, tracked changes, comments and problems on stderr.</summary>
internal static class ImportRun
{
    public static int Execute(ImportOptions options, TextWriter stdout, TextWriter stderr)
    {
        // With no file named, the incident file the .docx carries is read; a .docx without one falls back to the .yaml
        // of the same name beside it.
        var request = new ImportRequest(options.DocxPath, options.Into ?? options.From, options.LayoutDirectory);
        var result = ImportService.Run(request);
        if (result.NoSource && Beside(options.DocxPath) is { } beside)
            result = ImportService.Run(request with { IncidentPath = beside });
        if (result.NoSource)
        {
            foreach (var error in result.Errors) stderr.WriteLine(error);
            return ExitCodes.UsageError;
        }
        foreach (var warning in result.Warnings) stderr.WriteLine(warning);
        foreach (var error in result.Errors) stderr.WriteLine(error);
        if (!result.Succeeded)
        {
            stderr.WriteLine(options.Into is null ? "reportgen import: nothing printed" : $"reportgen import: nothing written; {options.Into} is unchanged");
            return ExitCodes.InputFailed;
        }
        if (options.CommentsPath is { } commentsPath && !WriteComments(commentsPath, result, options.DocxPath, stderr))
            return ExitCodes.InputFailed;
        stderr.WriteLine(Summary(result));
        var newText = result.NewText!;
        if (options.DryRun)
        {
            var name = DiffName(request.IncidentPath ?? Path.ChangeExtension(Path.GetFileName(options.DocxPath), ".yaml"));
            stdout.Write(UnifiedDiff.Of(result.OriginalText, newText, "a/" + name, "b/" + name));
            return ExitCodes.Success;
        }
        if (options.Into is null)
        {
            stdout.Write(newText);
            return ExitCodes.Success;
        }
        if (newText == result.OriginalText) return ExitCodes.Success; // nothing changed: the file is not even touched
        return Write(options.Into, newText, stderr);
    }

    private static string? Beside(string docx)
    {
        var stem = Path.Combine(Path.GetDirectoryName(docx) ?? "", Path.GetFileNameWithoutExtension(docx));
        return new[] { ".yaml", ".yml" }.Select(e => stem + e).FirstOrDefault(File.Exists);
    }

    private static string Summary(ImportResult result)
    {
        var sb = new StringBuilder();
        sb.Append(result.Edits.Count == 1 ? "1 value changed" : $"{result.Edits.Count} values changed");
        if (result.TrackedChanges > 0) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $", {result.TrackedChanges} tracked change{(result.TrackedChanges == 1 ? "" : "s")} read as accepted");
        if (result.Comments.Count > 0) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $", {result.Comments.Count} comment{(result.Comments.Count == 1 ? "" : "s")} (not merged; see --comments)");
        foreach (var edit in result.Edits) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  {edit.YamlPath} ({edit.Place})");
        return sb.ToString();
    }

    private static int Write(string target, string text, TextWriter stderr)
    {
        try
        {
            using var transaction = new OutputTransaction(_ => null);
            transaction.StageBytes(target, new UTF8Encoding(false).GetBytes(text));
            transaction.Commit(CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportgen import: error: cannot write {target}: {e.Message}; it is unchanged");
            return ExitCodes.InputFailed;
        }
        stderr.WriteLine($"wrote {target}");
        return ExitCodes.Success;
    }

    private static bool WriteComments(string path, ImportResult result, string docx, TextWriter stderr)
    {
        var sb = new StringBuilder($"# Comments in {Path.GetFileName(docx)}\n");
        foreach (var c in result.Comments)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n- **{c.Author}**{(c.Date.Length > 0 ? " (" + c.Date + ")" : "")}");
            if (c.YamlPaths.Count > 0) sb.Append(" on `").Append(string.Join("`, `", c.YamlPaths)).Append('`');
            if (c.AnchorText.Length > 0) sb.Append(": \"").Append(c.AnchorText.Trim()).Append('"');
            sb.Append("\n\n  ").Append(c.Text.Trim().Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }
        try
        {
            using var transaction = new OutputTransaction(_ => null);
            transaction.StageBytes(path, new UTF8Encoding(false).GetBytes(sb.ToString()));
            transaction.Commit(CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportgen import: error: cannot write {path}: {e.Message}");
            return false;
        }
    }

    /// <summary>The incident's name in the diff's "--- a/NAME" header, as git writes it: relative to the current folder
    /// when the file is inside it, else the path without its root ("a/tmp/x.yaml", never "a//tmp/x.yaml"), so that
    /// `git apply` and `patch -p1` take the diff.</summary>
    private static string DiffName(string path)
    {
        if (!Path.IsPathRooted(path)) return path.Replace('\\', '/');
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path[Path.GetPathRoot(path)!.Length..]
            : relative;
        return shown.Replace('\\', '/');
    }
}
