using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>Checks the figures an incident names: each path must stay inside the incident file's folder (checked
/// before anything is opened), exist, and be a PNG, JPEG or SVG image.</summary>
internal static class FigureCheck
{
    public static void Run(YMapping root, ValidationContext ctx, string baseDirectory, bool openFiles)
    {
        if (root.Get("impact") is not YMapping impact || impact.Get("figures") is not YSequence figures) return;
        foreach (var figure in figures.Items.OfType<YMapping>())
        {
            if (figure.Get("path") is not YScalar { Value: string path } node) continue;
            var full = FigurePaths.Resolve(baseDirectory, path, out var problem);
            if (full is null)
            {
                ctx.Error(node, $"figure path '{path}' {problem}", "name a file in the incident file's folder or below it, e.g. figures/error-rate.png");
                continue;
            }
            if (!openFiles) continue;
            if (Directory.Exists(full)) { ctx.Error(node, $"figure path '{path}' is a folder, not an image file", "name the image file itself"); continue; }
            if (!File.Exists(full))
            {
                ctx.Error(node, $"figure file '{path}' does not exist", $"paths are relative to the incident file's folder ({baseDirectory})");
                continue;
            }
            if (!ImageProbe.TryRead(full, out _, out var why))
                ctx.Error(node, $"figure file '{path}' is not a usable image: {why}", "use a PNG, JPEG or SVG file");
        }
    }
}

/// <summary>Resolves a path named in an incident file against the file's folder, refusing any that leaves it.</summary>
internal static class FigurePaths
{
    /// <summary>The absolute path, or null with <paramref name="problem"/> when the path is absolute or escapes.</summary>
    public static string? Resolve(string baseDirectory, string path, out string? problem)
    {
        problem = null;
        if (path.Trim().Length == 0) { problem = "is empty"; return null; }
        if (Path.IsPathRooted(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            problem = "is absolute; write it relative to the incident file";
            return null;
        }
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            problem = "leaves the incident file's folder";
            return null;
        }
        // A symbolic link inside the folder (the file or a folder on the way) may point outside it: follow each
        // before anything is read.
        try
        {
            for (var p = full; p.Length > root.Length; p = Path.GetDirectoryName(p)!)
            {
                FileSystemInfo entry = Directory.Exists(p) ? new DirectoryInfo(p) : new FileInfo(p);
                if (entry.LinkTarget is null) continue;
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal))
                {
                    problem = "is a link to a file outside the incident file's folder";
                    return null;
                }
            }
        }
        catch (IOException)
        {
            problem = "is a broken or looping link";
            return null;
        }
        return full;
    }
}
