namespace ReportGen.Cli.Rendering;

/// <summary>The real location a path leads to: every symbolic link among its existing components (parents and the last
/// component alike) is followed, <c>..</c> is applied after the link it follows, and the part that does not exist yet
/// is appended as written. Like realpath(3), but for paths that are about to be created.</summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows before giving up (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="path"/>; throws <see cref="IOException"/> on a loop of links.</summary>
    public static string Resolve(string path)
    {
        // Absolute, but with '..' left in place: Path.GetFullPath would apply it to the text, before the links.
        var full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        if (!Path.IsPathFullyQualified(full))
            full = Path.GetFullPath(full);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? root; continue; }
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"too many levels of symbolic links at '{next}'");
            // The link's text replaces this component: absolute targets start again from the root.
            if (Path.IsPathRooted(target))
            {
                root = Path.GetPathRoot(target)!;
                current = root;
                target = target[root.Length..];
            }
            foreach (var linked in Parts(target).Reverse())
                pending.Push(linked);
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative));
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
