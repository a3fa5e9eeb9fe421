namespace ReportGen.Pdf.Text;

/// <summary>Finds TrueType fonts for fallback. Only <c>.ttf</c>: CFF-flavoured <c>.otf</c> fonts become Type 3 fonts in
/// Skia's PDF output. Paths are sorted so the same machine always picks the same fallback.</summary>
internal static class SystemFontScanner
{
    private static readonly string[] SystemDirectories =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        "/Library/Fonts", "/System/Library/Fonts", @"C:\Windows\Fonts",
    ];

    public static IReadOnlyList<FontFace> Load(IReadOnlyList<string> extraDirectories)
    {
        var faces = new List<FontFace>();
        // The user's directories come first: they are how a user adds a font for their script.
        foreach (var directory in extraDirectories.Concat(SystemDirectories))
        {
            if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
                continue;
            var files = Directory.EnumerateFiles(directory, "*.ttf", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                try
                {
                    faces.Add(new FontFace(Path.GetFileNameWithoutExtension(file), File.ReadAllBytes(file)));
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
