using System.Reflection;

namespace ReportGen.Pdf.Text;

/// <summary>The fonts of one writer: the shipped faces (each loaded from embedded resources the first time a document
/// needs it: a one-file run pays only for the faces it uses) and, for characters they lack, DejaVu Sans and then
/// TrueType fonts from the system font folders or the user's font directories (scanned lazily, only when a character
/// needs them). Thread-safe.</summary>
internal sealed class FontLibrary : IDisposable
{
    private readonly Lazy<FontFace>[] _faces; // indexed by FontRole
    private readonly Lazy<FontFace> _fallback;
    private readonly Lazy<IReadOnlyList<FontFace>> _systemFonts;

    public FontLibrary(IReadOnlyList<string> extraFontDirectories)
    {
        _faces = new Lazy<FontFace>[Enum.GetValues<FontRole>().Length];
        _faces[(int)FontRole.Regular] = Shipped("LiberationSans-Regular.ttf");
        _faces[(int)FontRole.Bold] = Shipped("LiberationSans-Bold.ttf");
        _faces[(int)FontRole.Italic] = Shipped("LiberationSans-Italic.ttf");
        _faces[(int)FontRole.BoldItalic] = Shipped("LiberationSans-BoldItalic.ttf");
        _faces[(int)FontRole.Mono] = Shipped("LiberationMono-Regular.ttf");
        _faces[(int)FontRole.MonoBold] = Shipped("LiberationMono-Bold.ttf");
        _fallback = Shipped("DejaVuSans.ttf");
        _systemFonts = new Lazy<IReadOnlyList<FontFace>>(
            () => SystemFontScanner.Load(extraFontDirectories), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static Lazy<FontFace> Shipped(string file) =>
        new(() => LoadShipped(file), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Family names of the shipped body and monospace faces (what Theme.PdfFonts should name).</summary>
    public static IReadOnlyList<string> ShippedFamilies { get; } = ["Liberation Sans", "Liberation Mono"];

    public FontFace Get(FontRole role) => _faces[(int)role].Value;

    /// <summary>Every face loaded so far, shipped ones first, then system faces.</summary>
    public IEnumerable<FontFace> AllLoaded()
    {
        foreach (var face in _faces.Append(_fallback))
            if (face.IsValueCreated)
                yield return face.Value;
        if (_systemFonts.IsValueCreated)
            foreach (var face in _systemFonts.Value)
                yield return face;
    }

    /// <summary>The face that shows <paramref name="codePoint"/> for a role: the role's own face, else DejaVu Sans,
    /// else the first system font (in path order) that has it; null when none has it.</summary>
    public FontFace? Resolve(FontRole role, int codePoint)
    {
        var primary = _faces[(int)role].Value;
        if (primary.Covers(codePoint))
            return primary;
        if (_fallback.Value.Covers(codePoint))
            return _fallback.Value;
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
        return new FontFace(Path.GetFileNameWithoutExtension(file), FontBytes.FromResource(stream));
    }

    public void Dispose()
    {
        foreach (var face in AllLoaded())
            face.Dispose();
    }
}
