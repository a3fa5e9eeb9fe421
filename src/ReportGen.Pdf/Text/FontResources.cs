using ReportGen.Document;

namespace ReportGen.Pdf.Text;

/// <summary>The fonts shipped inside the assembly: the Liberation faces for the roles, DejaVu Sans for symbols, and
/// one Noto font per script (<see cref="FallbackScript"/>). Each face is made the first time a document needs it,
/// over the embedded resource in place (no copy, nothing read from disk): a report without CJK never touches the
/// CJK fonts. Thread-safe.</summary>
internal sealed class FontResources : IDisposable
{
    /// <summary>The order in which the script fonts are tried for a character no earlier font has (after the
    /// script's own font, the role's face and DejaVu Sans). Fixed, so every machine picks the same face.</summary>
    public static readonly FallbackScript[] FallbackOrder =
    [
        FallbackScript.Emoji, FallbackScript.Arabic, FallbackScript.Hebrew, FallbackScript.Thai,
        FallbackScript.Devanagari, FallbackScript.SimplifiedChinese, FallbackScript.Japanese, FallbackScript.Korean,
    ];

    private readonly Lazy<FontFace>[] _roles; // indexed by FontRole
    private readonly Lazy<FontFace> _symbols;
    private readonly Lazy<FontFace>[] _regular; // indexed by FallbackScript
    private readonly Lazy<FontFace>[] _bold;

    public FontResources()
    {
        _roles = new Lazy<FontFace>[Enum.GetValues<FontRole>().Length];
        _roles[(int)FontRole.Regular] = Shipped("LiberationSans-Regular.ttf");
        _roles[(int)FontRole.Bold] = Shipped("LiberationSans-Bold.ttf");
        _roles[(int)FontRole.Italic] = Shipped("LiberationSans-Italic.ttf");
        _roles[(int)FontRole.BoldItalic] = Shipped("LiberationSans-BoldItalic.ttf");
        _roles[(int)FontRole.Mono] = Shipped("LiberationMono-Regular.ttf");
        _roles[(int)FontRole.MonoBold] = Shipped("LiberationMono-Bold.ttf");
        _symbols = Shipped("DejaVuSans.ttf");
        var scripts = Enum.GetValues<FallbackScript>();
        _regular = new Lazy<FontFace>[scripts.Length];
        _bold = new Lazy<FontFace>[scripts.Length];
        foreach (var script in FallbackOrder)
        {
            var (regular, bold) = Files(script);
            _regular[(int)script] = Fallback(regular, syntheticBold: false);
            // Emoji have no weight; CJK text in a bold role is drawn emboldened, like Word and LibreOffice do.
            _bold[(int)script] = bold is not null ? Fallback(bold, syntheticBold: false)
                : script == FallbackScript.Emoji ? _regular[(int)script] : Fallback(regular, syntheticBold: true);
        }
    }

    /// <summary>The font files of a script's face: bold only where a bold face is worth its size (the CJK fonts are
    /// 5–10 MB each, so bold CJK text is the regular face emboldened; emoji have no weight).</summary>
    public static (string Regular, string? Bold) Files(FallbackScript script) => script switch
    {
        FallbackScript.Emoji => ("NotoEmoji-Regular.ttf", null),
        FallbackScript.Arabic => ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        FallbackScript.Hebrew => ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        FallbackScript.Thai => ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
        FallbackScript.Devanagari => ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
        FallbackScript.Japanese => ("NotoSansJP-Regular.ttf", null),
        FallbackScript.SimplifiedChinese => ("NotoSansSC-Regular.ttf", null),
        FallbackScript.Korean => ("NotoSansKR-Regular.ttf", null),
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "no font is shipped for this script"),
    };

    public FontFace Role(FontRole role) => _roles[(int)role].Value;

    /// <summary>DejaVu Sans: symbols, arrows, box drawing, Greek and Cyrillic extensions the Liberation faces lack.</summary>
    public FontFace Symbols => _symbols.Value;

    /// <summary>The script's face in the role's weight.</summary>
    public FontFace Script(FallbackScript script, FontRole role) =>
        (role.IsBold() ? _bold : _regular)[(int)script].Value;

    /// <summary>Every face made so far: roles, DejaVu Sans, then the script faces in <see cref="FallbackOrder"/>.</summary>
    public IEnumerable<FontFace> Loaded()
    {
        var seen = new HashSet<FontFace>(ReferenceEqualityComparer.Instance);
        foreach (var face in _roles.Append(_symbols).Concat(FallbackOrder.SelectMany(s => new[] { _regular[(int)s], _bold[(int)s] })))
            if (face.IsValueCreated && seen.Add(face.Value))
                yield return face.Value;
    }

    private static Lazy<FontFace> Shipped(string file) =>
        new(() => Load(file, null, syntheticBold: false), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A script face with the body face's line metrics (see <see cref="FontFace"/>'s constructor).</summary>
    private Lazy<FontFace> Fallback(string file, bool syntheticBold) => new(() =>
    {
        var body = Role(FontRole.Regular);
        return Load(file, (body.Ascent, body.Descent), syntheticBold);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static FontFace Load(string file, (float, float)? lineMetrics, bool syntheticBold)
    {
        var assembly = typeof(FontResources).Assembly;
        using var stream = assembly.GetManifestResourceStream("ReportGen.Pdf.Fonts." + file)
            ?? throw new InvalidOperationException($"shipped font {file} is missing from the assembly");
        var name = Path.GetFileNameWithoutExtension(file);
        return new FontFace(syntheticBold ? name + " (synthetic bold)" : name, FontBytes.FromResource(stream), lineMetrics,
            syntheticBold);
    }

    public void Dispose()
    {
        foreach (var face in Loaded())
            face.Dispose();
    }
}
