namespace ReportGen.Core.Inputs;

/// <summary>One incident file to process.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="DisplayPath">The path to show the user: as given, or the folder/glob argument joined with the part found.</param>
/// <param name="RelativeDirectory">Sub-folder under the folder (or glob base) argument, "" for a file argument;
/// used to mirror the structure under an output folder.</param>
public sealed record InputFile(string FullPath, string DisplayPath, string RelativeDirectory);

/// <summary>The files found for a command line, and what could not be found.</summary>
/// <param name="Files">Files in a deterministic order: argument order, then ordinal path order; no duplicates.</param>
/// <param name="Problems">One line per argument that found nothing ("no such file or folder: x").</param>
public sealed record InputSet(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Problems);

/// <summary>Expands command-line paths: files as they are, folders searched recursively for *.yaml and *.yml (hidden
/// folders skipped), and globs with <c>*</c>, <c>**</c> and <c>?</c>.</summary>
public static class InputFiles
{
    /// <summary>Expands <paramref name="patterns"/>, resolving relative ones against <paramref name="currentDirectory"/>.</summary>
    public static InputSet Expand(IReadOnlyList<string> patterns, string currentDirectory)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var pattern in patterns)
        {
            var found = Glob.IsGlob(pattern) ? Glob.Match(pattern, currentDirectory) : Literal(pattern, currentDirectory, problems);
            foreach (var f in found)
                if (seen.Add(f.FullPath)) files.Add(f);
            if (found.Count == 0 && Glob.IsGlob(pattern)) problems.Add($"no file matches '{pattern}'");
            else if (found.Count == 0 && Directory.Exists(Path.Combine(currentDirectory, pattern)))
                problems.Add($"no .yaml or .yml files in folder '{pattern}'");
        }
        return new InputSet(files, problems);
    }

    private static List<InputFile> Literal(string pattern, string currentDirectory, List<string> problems)
    {
        var full = Path.GetFullPath(Path.Combine(currentDirectory, pattern));
        if (File.Exists(full)) return [new InputFile(full, pattern, "")];
        if (!Directory.Exists(full)) { problems.Add($"no such file or folder: '{pattern}'"); return []; }
        return Folder(full, pattern);
    }

    /// <summary>Every *.yaml / *.yml under <paramref name="folder"/>, sorted by relative path.</summary>
    internal static List<InputFile> Folder(string folder, string display)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(IsYaml)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f)))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .Select(p => new InputFile(p.Full, Path.Join(display, p.Relative), Path.GetDirectoryName(p.Relative) ?? ""))
            .ToList();
    }

    /// <summary>True for a .yaml or .yml file name (any case).</summary>
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
