using System.Reflection;

namespace ReportGen.Pdf.Text;

/// <summary>The fonts of one writer: the shipped faces (loaded once from embedded resources) and, for characters they
/// lack, DejaVu Sans and then TrueType fonts from the system font folders or the user's font directories (scanned
/// lazily, only when a character needs them). Thread-safe.</summary>
internal sealed class FontLibrary : IDisposable
{
    private readonly FontFace[] _faces; // indexed by FontRole
    private readonly FontFace _fallback;
    private readonly Lazy<IReadOnlyList<FontFace>> _systemFonts;

    public FontLibrary(IReadOnlyList<string> extraFontDirectories)
    {
        _faces = new FontFace[Enum.GetValues<FontRole>().Length];
        _faces[(int)FontRole.Regular] = LoadShipped("LiberationSans-Regular.ttf");
        _faces[(int)FontRole.Bold] = LoadShipped("LiberationSans-Bold.ttf");
        _faces[(int)FontRole.Italic] = LoadShipped("LiberationSans-Italic.ttf");
        _faces[(int)FontRole.BoldItalic] = LoadShipped("LiberationSans-BoldItalic.ttf");
        _faces[(int)FontRole.Mono] = LoadShipped("LiberationMono-Regular.ttf");
        _faces[(int)FontRole.MonoBold] = LoadShipped("LiberationMono-Bold.ttf");
        _fallback = LoadShipped("DejaVuSans.ttf");
        _systemFonts = new Lazy<IReadOnlyList<FontFace>>(
            () => SystemFontScanner.Load(extraFontDirectories), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Family names of the shipped body and monospace faces (what Theme.PdfFonts should name).</summary>
    public static IReadOnlyList<string> ShippedFamilies { get; } = ["Liberation Sans", "Liberation Mono"];

    public FontFace Get(FontRole role) => _faces[(int)role];

    /// <summary>Every face that may appear in output, shipped ones first; system faces only once loaded.</summary>
    public IEnumerable<FontFace> AllLoaded()
    {
        foreach (var face in _faces)
            yield return face;
        yield return _fallback;
        if (_systemFonts.IsValueCreated)
            foreach (var face in _systemFonts.Value)
                yield return face;
    }

    /// <summary>The face that shows <paramref name="codePoint"/> for a role: the role's own face, else DejaVu Sans,
    /// else the first system font (in path order) that has it; null when none has it.</summary>
    public FontFace? Resolve(FontRole role, int codePoint)
    {
        var primary = _faces[(int)role];
        if (primary.Covers(codePoint))
            return primary;
        if (_fallback.Covers(codePoint))
            return _fallback;
        foreach (var face in _systemFonts.Value)
            if (face.Covers(codePoint))
                return face;
        return null;
    }

    private static FontFace LoadShipped(string file)
    {
        var assembly = typeof(FontLibrary).Assembly;
        using var stream = assembly.GetManifestResourceStream("ReportGen.Pdf.Fonts." + file)
            ?? throw new InvalidOperationException($"shipped font {file} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new FontFace(Path.GetFileNameWithoutExtension(file), copy.ToArray());
    }

    public void Dispose()
    {
        foreach (var face in AllLoaded())
            face.Dispose();
    }
}
