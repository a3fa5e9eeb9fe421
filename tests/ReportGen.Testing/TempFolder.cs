using System.Text;

namespace ReportGen.Testing;

/// <summary>A scratch folder under the system temp folder, deleted when the test disposes it.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>The folder's full path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The full path of <paramref name="relative"/> inside the folder (nothing is created).</summary>
    public string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM) to <paramref name="relative"/>, creating folders;
    /// returns the full path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Every file under <paramref name="relative"/>, relative to it with '/' separators, sorted.</summary>
    public IReadOnlyList<string> Files(string relative = "") =>
        Directory.Exists(PathOf(relative))
            ? Directory.EnumerateFiles(PathOf(relative), "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(PathOf(relative), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Deletes the folder; a leftover (a file still open elsewhere) is harmless.</summary>
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
