using System.IO.Compression;

namespace ReportGen.Docx.Packaging;

/// <summary>Rewrites a package so the same document always gives the same bytes: entries in a fixed order
/// (content types first, as some readers expect) and one fixed timestamp instead of the clock.</summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // PNG and JPEG are compressed already: deflating them again costs time and saves nothing.
    private static bool IsCompressed(string name) =>
        name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase);

    /// <summary>Copies every entry of <paramref name="package"/> into <paramref name="output"/>.</summary>
    public static void Repack(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : e.FullName == "_rels/.rels" ? 1 : 2)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, IsCompressed(entry.FullName) ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
