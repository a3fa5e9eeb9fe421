using System.Security.Cryptography;
using ReportGen.Document.FileSystem;

namespace ReportGen.Cli.Tests.Fuzz;

/// <summary>Every entry under a folder with a hash of each regular file's content (pipes and devices are listed, never
/// opened), to prove a run changed nothing it must not touch.</summary>
internal static class FolderState
{
    /// <summary>Relative path → content hash (or kind), for everything under <paramref name="root"/> except the folders
    /// named in <paramref name="skip"/>.</summary>
    public static SortedDictionary<string, string> Take(string root, params string[] skip)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path);
            if (skip.Any(s => relative == s || relative.StartsWith(s + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                continue;
            var link = new FileInfo(path).LinkTarget;
            var kind = link is null ? RegularFile.KindOf(path) : FileKind.Other;
            state[relative] = link is not null ? "link to " + link
                : kind == FileKind.Regular ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))
                : kind.ToString();
        }
        return state;
    }
}
