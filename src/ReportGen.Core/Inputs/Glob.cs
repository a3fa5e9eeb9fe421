namespace ReportGen.Core.Inputs;

/// <summary>Glob matching with <c>*</c> (within one folder name), <c>?</c> (one character) and <c>**</c> (any number
/// of folders), by walking the folders under the pattern's fixed prefix. No regex.</summary>
internal static class Glob
{
    public static bool IsGlob(string pattern) => pattern.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Files matching <paramref name="pattern"/>, sorted by path; RelativeDirectory is under the fixed prefix.</summary>
    public static List<InputFile> Match(string pattern, string currentDirectory)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsGlob(segments[fixedCount])) fixedCount++;
        var prefix = string.Join('/', segments[..fixedCount]);
        var baseFull = Path.GetFullPath(Path.Combine(currentDirectory, prefix.Length == 0 && pattern.StartsWith('/') ? "/" : prefix));
        if (!Directory.Exists(baseFull)) return [];
        var rest = segments[fixedCount..];
        var results = new List<string>();
        Walk(baseFull, rest, 0, results);
        return results
            .Distinct(StringComparer.Ordinal)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(baseFull, f)))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .Select(p => new InputFile(p.Full, prefix.Length == 0 ? p.Relative : Path.Join(prefix, p.Relative),
                Path.GetDirectoryName(p.Relative) ?? ""))
            .ToList();
    }

    private static void Walk(string dir, string[] rest, int index, List<string> results)
    {
        var segment = rest[index];
        var last = index == rest.Length - 1;
        if (segment == "**")
        {
            if (last) { results.AddRange(AllFiles(dir).Where(InputFiles.IsYaml)); return; }
            Walk(dir, rest, index + 1, results);             // ** matches no folder at all
            foreach (var sub in Subfolders(dir)) Walk(sub, rest, index, results);
            return;
        }
        if (last)
        {
            foreach (var f in Directory.EnumerateFiles(dir))
                if (Matches(segment, Path.GetFileName(f))) results.Add(f);
            return;
        }
        if (segment is "." or "") { Walk(dir, rest, index + 1, results); return; }
        if (segment == "..") { Walk(Path.GetDirectoryName(dir) ?? dir, rest, index + 1, results); return; }
        foreach (var sub in Subfolders(dir))
            if (Matches(segment, Path.GetFileName(sub))) Walk(sub, rest, index + 1, results);
    }

    private static IEnumerable<string> Subfolders(string dir) =>
        Directory.EnumerateDirectories(dir, "*", new EnumerationOptions { IgnoreInaccessible = true });

    private static IEnumerable<string> AllFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*", new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = true });

    /// <summary>Wildcard match of one name: '*' any run, '?' one character; hidden names need an explicit dot.</summary>
    internal static bool Matches(string pattern, string name)
    {
        if (name.StartsWith('.') && !pattern.StartsWith('.')) return false;
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n])) { p++; n++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = n; }
            else if (star >= 0) { p = star + 1; n = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
