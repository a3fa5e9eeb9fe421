using ReportGen.Document.FileSystem;

namespace ReportGen.Pdf.Text;

/// <summary>Finds fonts for fallback: <c>.ttf</c>, <c>.otf</c> and <c>.ttc</c> files (first font of a collection) that
/// have TrueType outlines (our PDF writer embeds TrueType programs only: CFF fonts are mostly CID-keyed, whose glyph
/// ids are not the character codes a PDF would need, and bitmap fonts have no outlines). Paths are sorted so
/// the same machine always picks the same fallback.</summary>
internal static class SystemFontScanner
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc"];

    /// <summary>Loads the TrueType fonts of the user's folders, then of the system folders (see
    /// <see cref="FontDirectories.System()"/>).</summary>
    public static IReadOnlyList<FontFace> Load(IReadOnlyList<string> extraDirectories, IReadOnlyList<string> systemDirectories)
    {
        var faces = new List<FontFace>();
        // The user's directories come first: they are how a user adds a font for their script.
        foreach (var directory in extraDirectories.Concat(systemDirectories))
        {
            if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
                continue;
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                try
                {
                    // Only regular files are opened: a named pipe in a font folder would block for ever.
                    if (RegularFile.Read(file, Array.MaxLength) is not { Status: FileReadStatus.Read, Bytes: { } bytes })
                        continue;
                    if (TrueTypeOutlines.Has(bytes))
                        faces.Add(new FontFace(Path.GetFileNameWithoutExtension(file), bytes));
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    // An unreadable font is skipped: fallback is best effort and the warning names missing characters.
                }
            }
        }
        return faces;
    }
}
