using System.Reflection;
using ReportGen.Document.FileSystem;

namespace ReportGen.Core.Layouts;

/// <summary>The text files of one layout, read once at load time so that rendering never touches the disk.
/// Keys are paths relative to the layout folder with forward slashes.</summary>
internal sealed class LayoutFiles
{
    /// <summary>Resource name prefix of the built-in postmortem layout embedded in this assembly.</summary>
    internal const string ResourcePrefix = "ReportGen.Layouts.postmortem/";

    /// <summary>Resource name prefix of the built-in layout called <paramref name="name"/>.</summary>
    internal static string ResourcePrefixOf(string name) => $"ReportGen.Layouts.{name}/";

    /// <summary>Largest file a layout may hold (templates, theme, logo).</summary>
    private const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Most files a layout folder may hold (a guard against pointing --layout at a home folder).</summary>
    private const int MaxFiles = 200;

    private readonly IReadOnlyDictionary<string, byte[]> _files;

    private LayoutFiles(string name, string displayRoot, IReadOnlyDictionary<string, byte[]> files)
    {
        Name = name;
        DisplayRoot = displayRoot;
        _files = files;
    }

    /// <summary>Layout name: its folder name, or <c>postmortem</c> for the built-in one.</summary>
    public string Name { get; }

    /// <summary>How diagnostics name the folder (the path the user gave, or <c>(built-in)/postmortem</c>).</summary>
    public string DisplayRoot { get; }

    /// <summary>Every relative path in the layout, sorted.</summary>
    public IEnumerable<string> Paths => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>The SHA-256 of every file of the layout (paths and bytes, see <see cref="Fingerprints.ContentHash.OfFiles"/>):
    /// the same for the built-in layout and a folder exported from it, wherever that folder is.</summary>
    public string ContentSha256() =>
        Fingerprints.ContentHash.OfFiles(_files.Select(f => (f.Key, (ReadOnlyMemory<byte>)f.Value)));

    /// <summary>The path diagnostics print for a file of this layout.</summary>
    public string DisplayPath(string relative) => $"{DisplayRoot}/{relative}";

    /// <summary>The bytes of a file, or null when the layout has no such file.</summary>
    public byte[]? Bytes(string relative) => _files.TryGetValue(Normalise(relative) ?? "", out var b) ? b : null;

    /// <summary>The UTF-8 text of a file, or null when the layout has no such file.</summary>
    public string? Text(string relative)
    {
        var bytes = Bytes(relative);
        return bytes is null ? null : new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
    }

    /// <summary>A layout path in canonical form, or null when it leaves the folder or is absolute.</summary>
    public static string? Normalise(string path)
    {
        var p = path.Replace('\\', '/');
        if (p.StartsWith('/') || p.Contains(':', StringComparison.Ordinal)) return null;
        var parts = new List<string>();
        foreach (var part in p.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..") return null;
            parts.Add(part);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    /// <summary>The layout called <paramref name="name"/> embedded in ReportGen.Core (a copy of <c>layouts/NAME</c>).</summary>
    public static LayoutFiles BuiltIn(string name = "postmortem")
    {
        var prefix = ResourcePrefixOf(name);
        var assembly = typeof(LayoutFiles).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource[prefix.Length..].Replace('\\', '/')] = copy.ToArray();
        }
        return new LayoutFiles(name, $"(built-in)/{name}", files);
    }

    /// <summary>Reads every file of a layout folder (subfolders included). Returns null with a message when the folder
    /// is missing or unreadable.</summary>
    public static LayoutFiles? FromDirectory(string directory, out string? problem)
    {
        problem = null;
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            problem = $"layout folder '{directory}' does not exist";
            return null;
        }
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                // Hidden entries (.git, editor swap files) and links are not part of a layout; links could leave it.
                if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
                var info = new FileInfo(full);
                if (info.LinkTarget is not null || info.Length > MaxFileBytes) continue;
                if (files.Count == MaxFiles)
                {
                    problem = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"layout folder '{directory}' holds more than {MaxFiles} files; is it the right folder?");
                    return null;
                }
                // Only regular files are opened: a named pipe in the folder would block for ever.
                if (RegularFile.Read(full, MaxFileBytes) is { Status: FileReadStatus.Read, Bytes: { } bytes })
                    files[relative] = bytes;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read layout folder '{directory}': {e.Message}";
            return null;
        }
        var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        return new LayoutFiles(name, directory.TrimEnd('/', '\\'), files);
    }
}
