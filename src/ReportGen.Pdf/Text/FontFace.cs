using System.Collections.Concurrent;
using SkiaSharp;
using HbBlob = HarfBuzzSharp.Blob;
using HbFace = HarfBuzzSharp.Face;
using HbFont = HarfBuzzSharp.Font;

namespace ReportGen.Pdf.Text;

/// <summary>One loaded TrueType font: the bytes in native memory, a HarfBuzz font (for shaping and subsetting), a Skia
/// typeface made on first use (for PNG pages and glyph outlines) and a cache of shaped words. Immutable after
/// construction apart from the thread-safe caches.</summary>
internal sealed class FontFace : IDisposable
{
    private const int MaxCachedWords = 200_000;
    private readonly FontBytes _bytes;
    private readonly Lazy<SKTypeface> _typeface;
    private readonly HbBlob _blob;
    private readonly HbFace _hbFace;
    private readonly HbFont _hbFont;
    private readonly ConcurrentDictionary<string, ShapedText> _shaped = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ShapedText>.AlternateLookup<ReadOnlySpan<char>> _shapedBySpan;
    private readonly ConcurrentDictionary<int, bool> _coverage = new();
    private readonly bool[] _latinCoverage;
    private int _cachedCount; // ConcurrentDictionary.Count takes every lock
    private float[]? _advances;
    private FontProgramInfo? _programInfo;

    /// <summary>Loads a font from a copy of <paramref name="data"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a font HarfBuzz can read.</exception>
    public FontFace(string name, byte[] data) : this(name, FontBytes.Copy(data))
    {
    }

    /// <summary>Loads a font from <paramref name="bytes"/>, which the face owns from now on.</summary>
    /// <param name="name">Family and style, e.g. <c>LiberationSans-Bold</c>.</param>
    /// <param name="bytes">The font file.</param>
    /// <param name="lineMetrics">Ascent and descent (em) the face claims on a line, instead of its own: a fallback
    /// face takes the body face's, so a line with one Arabic or CJK word is as tall as its neighbours (Noto Sans
    /// Arabic declares 2.1 em, the CJK faces 1.45 em, Liberation Sans 1.12 em).</param>
    /// <param name="syntheticBold">Drawn emboldened (outlines stroked as well as filled), for a bold role whose
    /// script has no shipped bold face.</param>
    /// <exception cref="InvalidDataException">The data is not a font HarfBuzz can read.</exception>
    public FontFace(string name, FontBytes bytes, (float Ascent, float Descent)? lineMetrics = null, bool syntheticBold = false)
    {
        Name = name;
        SyntheticBold = syntheticBold;
        _bytes = bytes;
        _blob = new HbBlob(bytes.Pointer, bytes.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
        _blob.MakeImmutable();
        _hbFace = new HbFace(_blob, 0);
        _hbFace.MakeImmutable();
        if (_hbFace.GlyphCount == 0)
        {
            _hbFace.Dispose();
            _blob.Dispose();
            bytes.Dispose();
            throw new InvalidDataException($"font '{name}' is not a font file HarfBuzz can read");
        }
        // A shipped font is wrapped where it lies (the CJK fonts are 5-10 MB); a loaded file is copied, since its
        // bytes are freed when the face is disposed.
        _typeface = new Lazy<SKTypeface>(() => SKTypeface.FromData(_bytes.Owned
                ? SKData.CreateCopy(_bytes.Pointer, _bytes.Length) : SKData.Create(_bytes.Pointer, _bytes.Length))
            ?? throw new InvalidDataException($"font '{Name}' is not a font file Skia can read"), LazyThreadSafetyMode.ExecutionAndPublication);
        _hbFont = new HbFont(_hbFace);
        UnitsPerEm = _hbFace.UnitsPerEm;
        _hbFont.SetScale(UnitsPerEm, UnitsPerEm);
        _hbFont.TryGetHorizontalFontExtents(out var extents);
        Ascent = lineMetrics?.Ascent ?? extents.Ascender / (float)UnitsPerEm;
        Descent = lineMetrics?.Descent ?? -extents.Descender / (float)UnitsPerEm;
        _shapedBySpan = _shaped.GetAlternateLookup<ReadOnlySpan<char>>();
        // Asked for every character of every word: Latin-1 answers come from a table, the rest from the dictionary.
        _latinCoverage = new bool[256];
        for (var cp = 0; cp < _latinCoverage.Length; cp++)
            _latinCoverage[cp] = _hbFont.TryGetGlyph((uint)cp, out var glyph) && glyph != 0;
        SpaceWidth = Shape(" ").Width;
    }

    /// <summary>The native <c>hb_face_t*</c> (immutable), for subsetting without loading the font again.</summary>
    public IntPtr HarfBuzzFace => _hbFace.Handle;

    /// <summary>Family and style, e.g. <c>Liberation Sans Bold</c>.</summary>
    public string Name { get; }
    /// <summary>The Skia typeface (PNG pages, the draft watermark's glyph outlines), made on first use.</summary>
    public SKTypeface Typeface => _typeface.Value;
    public int UnitsPerEm { get; }
    /// <summary>How many glyphs the font has (glyph ids run from 0 to one less).</summary>
    public int GlyphCount => _hbFace.GlyphCount;
    /// <summary>True when the face is drawn emboldened (see the constructor).</summary>
    public bool SyntheticBold { get; }

    /// <summary>How much wider than the outline a synthetic bold glyph is drawn (the stroke width), in points, at
    /// <paramref name="size"/> points: Skia's fake-bold ratio (1/24 of the size at 9 pt and below, 1/32 at 36 pt and
    /// above, linear between), so the PDF and the PNG pages look alike.</summary>
    public static float SyntheticBoldStroke(float size)
    {
        var t = Math.Clamp((size - 9f) / (36f - 9f), 0f, 1f);
        return size * (1f / 24f + t * (1f / 32f - 1f / 24f));
    }

    /// <summary>Ascender above the baseline, in em.</summary>
    public float Ascent { get; }
    /// <summary>Descender below the baseline (positive), in em.</summary>
    public float Descent { get; }

    /// <summary>Advance of one space, in em (trailing spaces do not count when a word is fitted at a line end).</summary>
    public float SpaceWidth { get; }

    /// <summary>True when the font has a glyph for the code point.</summary>
    public bool Covers(int codePoint) =>
        (uint)codePoint < (uint)_latinCoverage.Length ? _latinCoverage[codePoint]
            : _coverage.GetOrAdd(codePoint, static (cp, font) => font.TryGetGlyph(cp, out var glyph) && glyph != 0, _hbFont);

    /// <summary>Shapes text once per face; later calls with the same text return the cached result.</summary>
    public ShapedText Shape(string text)
    {
        if (_shaped.TryGetValue(text, out var cached))
            return cached;
        var shaped = TextShaper.Shape(_hbFont, UnitsPerEm, text);
        // Only words are kept: they recur from report to report. Whole sentences (table cells measured for column
        // widths, figure labels) are rarely seen twice and filled the cache in long batches (memory, GC).
        if (IsWord(text) && Volatile.Read(ref _cachedCount) < MaxCachedWords && _shaped.TryAdd(text, shaped))
            Interlocked.Increment(ref _cachedCount);
        return shaped;
    }

    /// <summary>No space or tab before the trailing spaces: one word as the line breaker cuts it. Tokens longer than
    /// any real word (hashes, URLs, pasted logs) are not kept: they rarely recur and one can be megabytes.</summary>
    private static bool IsWord(string text) =>
        text.Length <= MaxCachedWordLength && !text.AsSpan().TrimEnd(' ').ContainsAny(' ', '\t');

    private const int MaxCachedWordLength = 256;

    /// <summary>Like <see cref="Shape(string)"/>, without allocating a string when the text was shaped before (the
    /// result's <see cref="ShapedText.Text"/> is the cached copy).</summary>
    public ShapedText Shape(ReadOnlySpan<char> text) =>
        _shapedBySpan.TryGetValue(text, out var cached) ? cached : Shape(text.ToString());

    /// <summary>Glyph advances in 1000ths of an em (PDF glyph space), rounded to thousandths, indexed by glyph id;
    /// computed on first use (the PDF file writer's /W arrays and text positioning use the same values).</summary>
    // Read once per shown glyph: the field is checked before LazyInitializer, whose lambda (capturing this) would
    // otherwise be a new delegate on every read (a third of the PDF page replay's allocations).
    public float[] AdvanceWidths => Volatile.Read(ref _advances) ?? LazyInitializer.EnsureInitialized(ref _advances, () =>
    {
        var widths = new float[GlyphCount];
        for (var glyph = 0; glyph < widths.Length; glyph++)
            widths[glyph] = MathF.Round(_hbFont.GetHorizontalGlyphAdvance((uint)glyph) * 1000f / UnitsPerEm, 3);
        return widths;
    });

    /// <summary>Names and metrics for the PDF font descriptor, read from the font file on first use.</summary>
    public FontProgramInfo ProgramInfo => LazyInitializer.EnsureInitialized(ref _programInfo,
        () => FontProgramInfo.Read(_bytes.Span, Name));

    public void Dispose()
    {
        _hbFont.Dispose();
        _hbFace.Dispose();
        _blob.Dispose(); // HarfBuzz lets go of the bytes here, so they can be freed after
        _bytes.Dispose();
        if (_typeface.IsValueCreated)
            _typeface.Value.Dispose();
    }

    public override string ToString() => Name;
}
