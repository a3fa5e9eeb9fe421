using System.IO.Compression;

namespace ReportGen.Docx.Packaging;

/// <summary>Writes a package's entries so the same document always gives the same bytes: entries in a fixed order
/// (content types first, as some readers expect, then the package relationships, then by name) and one fixed
/// timestamp instead of the clock.</summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // PNG and JPEG are compressed already: deflating them again costs time and saves nothing.
    private static bool IsCompressed(string name) =>
        name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes each entry (a zip name and what writes its bytes) into <paramref name="output"/>, which stays open.
    /// Each entry is written into one reused pooled buffer first, then compressed.</summary>
    public static void Write(Stream output, IEnumerable<(string Name, Action<Stream> Write)> entries)
    {
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var ordered = entries
            .OrderBy(e => e.Name == ContentTypes.EntryName ? 0 : e.Name == "_rels/.rels" ? 1 : 2)
            .ThenBy(e => e.Name, StringComparer.Ordinal);
        var buffer = new PooledBuffer();
        try
        {
            foreach (var (name, write) in ordered)
            {
                buffer.SetLength(0);
                write(buffer);
                var entry = target.CreateEntry(name, IsCompressed(name) ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                entry.LastWriteTime = FixedTime;
                using var to = entry.Open();
                // One write per entry: the deflate output depends on how its input is cut, and the whole part at once
                // gives the bytes earlier versions wrote (copied out of the SDK's package); an XmlWriter's own
                // flushes, or 80 KiB pieces, do not.
                to.Write(buffer.Written.Span);
            }
        }
        finally { buffer.Release(); }
    }
}
