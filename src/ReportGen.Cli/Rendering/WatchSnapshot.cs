using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Core.Inputs;
using ReportGen.Document.FileSystem;

namespace ReportGen.Cli.Rendering;

/// <summary>The state of everything a watch renders from (the incident files the arguments find, the layout's files):
/// each file's size, modification time and content hash. Two snapshots are equal when nothing a render reads changed,
/// whatever events the file system sent.</summary>
internal sealed record WatchSnapshot(string Fingerprint, bool HasEmptyFile)
{
    /// <summary>Takes a snapshot for <paramref name="options"/>.</summary>
    public static WatchSnapshot Take(RenderOptions options)
    {
        var files = InputFiles.Expand(options.Inputs, options.CurrentDirectory).Files.Select(f => f.FullPath).ToList();
        var emptyIncident = false;
        var fingerprint = new StringBuilder();
        foreach (var path in files)
            emptyIncident |= Add(fingerprint, path, options.LoadOptions.MaxFileBytes) == 0;
        if (options.LayoutDirectory is { } layout && Directory.Exists(Path.GetFullPath(layout, options.CurrentDirectory)))
            foreach (var path in Directory.EnumerateFiles(Path.GetFullPath(layout, options.CurrentDirectory), "*",
                         new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Order(StringComparer.Ordinal))
                Add(fingerprint, path, options.LoadOptions.MaxFileBytes);
        return new WatchSnapshot(fingerprint.ToString(), emptyIncident);
    }

    /// <summary>Adds one file's line; returns its size (-1 when it could not be read).</summary>
    private static long Add(StringBuilder fingerprint, string path, long maxBytes)
    {
        var read = RegularFile.Read(path, maxBytes);
        var modified = File.GetLastWriteTimeUtc(path).Ticks;
        var hash = read.Bytes is { } bytes ? Convert.ToHexString(SHA256.HashData(bytes)) : read.Status.ToString();
        fingerprint.Append(CultureInfo.InvariantCulture, $"{path}\t{read.Size}\t{modified}\t{hash}\n");
        return read.Status == FileReadStatus.Read ? read.Size : -1;
    }
}
