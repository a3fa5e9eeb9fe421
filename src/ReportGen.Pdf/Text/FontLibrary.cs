using System.Text;
using ReportGen.Document;

namespace ReportGen.Pdf.Text;

/// <summary>The fonts of one writer and the fixed order in which they are asked for a character:
/// <list type="number">
/// <item>the shipped font of the character's script (<see cref="ScriptFonts.Classify"/>: Arabic, Hebrew, Thai,
/// Devanagari, Japanese, Chinese, Korean, emoji), so a word of one script is drawn in one face;</item>
/// <item>the role's own face (Liberation Sans or Mono);</item>
/// <item>DejaVu Sans, then every other shipped script font in <see cref="FontResources.FallbackOrder"/>;</item>
/// <item>TrueType fonts in the user's font directories, then the system's (scanned once, only when a character
/// reaches them).</item>
/// </list>
/// The shipped fonts cover what reports contain, so the same document gives the same faces on every machine; only
/// characters no shipped font has depend on the machine. Shipped faces are made on first use (<see cref="FontResources"/>).
/// Thread-safe.</summary>
internal sealed class FontLibrary : IDisposable
{
    private readonly FontResources _shipped;
    private readonly Lazy<IReadOnlyList<FontFace>> _otherFonts;
    private readonly bool _ownsFaces;

    /// <param name="extraFontDirectories">The user's font folders (<c>--font-dir</c>), searched after the shipped
    /// fonts and before the system's.</param>
    /// <param name="systemFontDirectories">The system font folders; null for the platform's
    /// (<see cref="FontDirectories.System()"/>), empty for none (tests, a machine with no fonts).</param>
    public FontLibrary(IReadOnlyList<string> extraFontDirectories, IReadOnlyList<string>? systemFontDirectories = null)
    {
        _shipped = new FontResources();
        _otherFonts = new Lazy<IReadOnlyList<FontFace>>(
            () => SystemFontScanner.Load(extraFontDirectories, systemFontDirectories ?? FontDirectories.System()),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _ownsFaces = true;
    }

    private FontLibrary(FontLibrary fonts, string language)
    {
        _shipped = fonts._shipped;
        _otherFonts = fonts._otherFonts;
        Language = language;
    }

    /// <summary>Family names of the shipped body and monospace faces (what Theme.PdfFonts should name).</summary>
    public static IReadOnlyList<string> ShippedFamilies { get; } = ["Liberation Sans", "Liberation Mono"];

    /// <summary>The document language (BCP 47) that picks Japanese, Chinese or Korean forms for Han characters; null
    /// when not known (then nearby kana or Hangul decide, else Chinese).</summary>
    public string? Language { get; }

    /// <summary>The same fonts for a document in <paramref name="language"/>: shares every face with this library
    /// (disposing the view disposes nothing).</summary>
    public FontLibrary ForLanguage(string? language) => new(this, language ?? "");

    public FontFace Get(FontRole role) => _shipped.Role(role);

    /// <summary>Every face loaded so far, shipped ones first (in a fixed order), then the user's and system faces.</summary>
    public IEnumerable<FontFace> AllLoaded()
    {
        foreach (var face in _shipped.Loaded())
            yield return face;
        if (_otherFonts.IsValueCreated)
            foreach (var face in _otherFonts.Value)
                yield return face;
    }

    /// <summary>The face that shows <paramref name="codePoint"/> for a role, classified without context; null when
    /// no font has it.</summary>
    public FontFace? Resolve(FontRole role, int codePoint) =>
        Resolve(role, char.ConvertFromUtf32(codePoint), 0);

    /// <summary>The face that shows the character starting at <paramref name="index"/> of <paramref name="text"/>
    /// (its neighbours tell emoji presentation and Japanese or Korean context), in the order described on the class;
    /// null when no font has it.</summary>
    public FontFace? Resolve(FontRole role, ReadOnlySpan<char> text, int index)
    {
        var codePoint = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
        var script = ScriptFonts.Classify(text, index, Language);
        if (script != FallbackScript.None && _shipped.Script(script, role) is var own && own.Covers(codePoint))
            return own;
        var primary = _shipped.Role(role);
        if (primary.Covers(codePoint))
            return primary;
        if (_shipped.Symbols.Covers(codePoint))
            return _shipped.Symbols;
        foreach (var other in FontResources.FallbackOrder)
            if (other != script && _shipped.Script(other, role) is var face && face.Covers(codePoint))
                return face;
        foreach (var face in _otherFonts.Value)
            if (face.Covers(codePoint))
                return face;
        return null;
    }

    /// <summary>Splits one line of text into runs each drawn by one face (characters no font has go to the role's
    /// face, which draws them as empty boxes), for figures and SVG text that are not broken into lines.</summary>
    public IEnumerable<(FontFace Face, string Text)> Segments(string text, FontRole role)
    {
        var primary = Get(role);
        if (AllIn(primary, text, role))
            return [(primary, text)]; // nearly every label: no copy
        return MixedSegments(text, role, primary);
    }

    private bool AllIn(FontFace primary, string text, FontRole role)
    {
        for (var i = 0; i < text.Length; i += char.IsHighSurrogate(text[i]) ? 2 : 1)
            if (Resolve(role, text, i) != primary)
                return false;
        return true;
    }

    private IEnumerable<(FontFace Face, string Text)> MixedSegments(string text, FontRole role, FontFace primary)
    {
        FontFace? current = null;
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            // Joiners and variation selectors belong to the character before them.
            var face = current is not null && (rune.Value is 0x200C or 0x200D || rune.Value is >= 0xFE00 and <= 0xFE0F)
                ? current : Resolve(role, text, i) ?? primary;
            if (current is not null && face != current && builder.Length > 0)
            {
                yield return (current, builder.ToString());
                builder.Clear();
            }
            current = face;
            builder.Append(text, i, rune.Utf16SequenceLength);
            i += rune.Utf16SequenceLength;
        }
        if (current is not null && builder.Length > 0)
            yield return (current, builder.ToString());
    }

    public void Dispose()
    {
        if (!_ownsFaces)
            return;
        _shipped.Dispose();
        if (_otherFonts.IsValueCreated)
            foreach (var face in _otherFonts.Value)
                face.Dispose();
    }
}
