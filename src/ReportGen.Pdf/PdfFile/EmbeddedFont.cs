using System.Security.Cryptography;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>One face as a PDF Type 0 font (Identity-H: two-byte character codes, which are CIDs). Each code stands for
/// one glyph with one text: a glyph seen with a second text (a base shape shared by two Arabic letters, a glyph drawn
/// for different clusters) gets a second code, mapped to the same glyph by the CIDToGIDMap, and a glyph that only
/// completes a character another glyph carries is no text at all (see <see cref="Codes"/>). So the ToUnicode map says
/// exactly what every shown glyph reads, and every reader gets the typed text from it, including readers that ignore
/// /ActualText (pdf.js, poppler's structure reader). At the end it writes the subset font program (glyph ids kept),
/// the codes' widths and glyphs, the descriptor and the ToUnicode map.</summary>
internal sealed class EmbeddedFont
{
    // Every glyph of every run passes through here: the first code and text of each glyph are kept in pages of 256
    // glyph ids, made when a glyph of the page is first used (a face has thousands of glyphs, a report uses a few
    // hundred: arrays over all glyph ids were a tenth of the page replay's allocations); only a glyph seen with a
    // second text needs the dictionary.
    private readonly FirstUse[]?[] _firstUse;
    private readonly int _glyphCount;
    // A glyph's further codes by the glyph and a hash of the text (so a glyph standing for many characters, the
    // invisible glyph of characters no font has, stays one lookup); the list holds the codes whose texts share the hash.
    private Dictionary<(ushort Glyph, uint TextHash), List<ushort>>? _otherCodes;
    // By code; code 0 (.notdef) is never used. Sized for a typical face's codes in a report (grown by doubling from
    // one, it was copied eight times per face).
    private readonly List<(ushort Glyph, byte[] Text)> _codes = new(256) { (0, []) };
    // The width of each code's glyph, by code: read for every shown glyph but the last of each line.
    private float[] _codeWidths = new float[256];
    private ushort? _invisibleGlyph;
    private HashSet<ushort>? _privateUse; // codes whose text holds a Private Use Area character (rare: the user typed one)

    public EmbeddedFont(FontFace face, int objectNumber)
    {
        Face = face;
        ObjectNumber = objectNumber;
        _glyphCount = face.GlyphCount;
        _firstUse = new FirstUse[]?[(_glyphCount + PageSize - 1) / PageSize];
    }

    public FontFace Face { get; }

    /// <summary>The Type 0 font dictionary's object number.</summary>
    public int ObjectNumber { get; }

    /// <summary>The character codes that show the run's glyphs, each mapped to the text its glyph stands for: a glyph
    /// carries its cluster's text. The further glyphs of a cluster drawn in several (a letter's dots, a vowel sign)
    /// carry no text and get code 0: they are drawn as outlines, not text, so no reader sees anything extra. A .notdef
    /// glyph (a character the face lacks) gets the code of an ordinary glyph carrying the character: the writer shows
    /// it invisibly and the canvas draws the box.</summary>
    public ushort[] Codes(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<uint> clusters, ReadOnlySpan<byte> utf8)
    {
        var codes = new ushort[glyphs.Length];
        FillCodes(glyphs, clusters, utf8, codes);
        return codes;
    }

    /// <summary>Like <see cref="Codes"/>, into <paramref name="codes"/> (one per glyph): the page replay reuses one
    /// buffer for every run. True when some glyph is to be drawn as an outline (code 0, or the .notdef glyph), so the
    /// canvas looks for them only then.</summary>
    public bool FillCodes(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<uint> clusters, ReadOnlySpan<byte> utf8, Span<ushort> codes)
    {
        if (StrictlyIncreasing(clusters))
        {
            // Left-to-right text with one glyph per cluster (nearly every run): each glyph's text ends where the next
            // glyph's begins.
            var outlined = false;
            for (var i = 0; i < glyphs.Length; i++)
            {
                var end = i + 1 < clusters.Length ? clusters[i + 1] : (uint)utf8.Length;
                var code = Code(glyphs[i], Slice(utf8, clusters[i], end));
                codes[i] = code;
                outlined |= code == 0 || glyphs[i] == 0;
            }
            return outlined;
        }
        // Right-to-left runs and clusters of several glyphs: a cluster's text ends at the next larger cluster, and the
        // widest of its glyphs carries it (the base, not a zero-width mark: a reader judges word gaps by glyph widths).
        Span<uint> sorted = glyphs.Length <= 256 ? stackalloc uint[glyphs.Length] : new uint[glyphs.Length];
        clusters.CopyTo(sorted);
        sorted.Sort();
        var widths = Face.AdvanceWidths;
        var carrier = new Dictionary<uint, int>();
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (!carrier.TryGetValue(clusters[i], out var best) || Advance(widths, glyphs[i]) > Advance(widths, glyphs[best]))
                carrier[clusters[i]] = i;
        }
        for (var i = 0; i < glyphs.Length; i++)
        {
            var start = clusters[i];
            var index = sorted.BinarySearch(start);
            while (index + 1 < sorted.Length && sorted[index + 1] == start)
                index++;
            var end = index + 1 < sorted.Length ? sorted[index + 1] : (uint)utf8.Length;
            codes[i] = carrier[start] == i ? Code(glyphs[i], Slice(utf8, start, end)) : (ushort)0;
        }
        return true; // rare enough not to look
    }

    private static float Advance(float[] widths, ushort glyph) => glyph < widths.Length ? widths[glyph] : 0;

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> utf8, uint start, uint end) =>
        start < end && end <= utf8.Length ? utf8[(int)start..(int)end] : [];

    private static bool StrictlyIncreasing(ReadOnlySpan<uint> clusters)
    {
        for (var i = 1; i < clusters.Length; i++)
            if (clusters[i] <= clusters[i - 1])
                return false;
        return true;
    }

    /// <summary>The code of <paramref name="glyph"/> standing for <paramref name="text"/>, made on first use.</summary>
    private ushort Code(ushort glyph, ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
            return 0; // nothing to read: drawn as an outline
        if (glyph == 0 || glyph >= _glyphCount)
            glyph = InvisibleGlyph;
        ref var use = ref (_firstUse[glyph / PageSize] ??= new FirstUse[PageSize])[glyph % PageSize];
        if (use.Text is { } first)
        {
            // Most texts are one byte (a Latin letter): compared inline rather than through SequenceEqual's call.
            if (text.Length == 1 ? first.Length == 1 && text[0] == first[0] : text.SequenceEqual(first))
                return use.Code;
            return OtherCode(glyph, text);
        }
        use.Code = NewCode(glyph, text);
        use.Text = _codes[use.Code].Text;
        return use.Code;
    }

    /// <summary>The code of a glyph seen with a text other than its first, found by comparing the bytes (no string is
    /// made per lookup: such glyphs are shown often, an Arabic base shape in every word).</summary>
    private ushort OtherCode(ushort glyph, ReadOnlySpan<byte> text)
    {
        _otherCodes ??= [];
        var key = (glyph, Fnv1a(text));
        if (!_otherCodes.TryGetValue(key, out var others))
            _otherCodes[key] = others = [];
        foreach (var other in others)
            if (text.SequenceEqual(_codes[other].Text))
                return other;
        var code = NewCode(glyph, text);
        others.Add(code);
        return code;
    }

    private static uint Fnv1a(ReadOnlySpan<byte> text)
    {
        var hash = 2166136261u;
        foreach (var b in text)
            hash = (hash ^ b) * 16777619u;
        return hash;
    }

    private const int PageSize = 256;

    /// <summary>A glyph's first code and the text (UTF-8) it stands for; no text while the glyph is unused.</summary>
    private struct FirstUse
    {
        public byte[]? Text;
        public ushort Code;
    }

    private ushort NewCode(ushort glyph, ReadOnlySpan<byte> text)
    {
        if (_codes.Count > ushort.MaxValue)
            throw new InvalidOperationException($"more than 65,535 distinct glyph and text pairs in face {Face.Name}");
        _codes.Add((glyph, text.ToArray()));
        var code = (ushort)(_codes.Count - 1);
        if (code >= _codeWidths.Length)
            Array.Resize(ref _codeWidths, _codeWidths.Length * 2);
        _codeWidths[code] = Advance(Face.AdvanceWidths, glyph);
        if (HasPrivateUse(text))
            (_privateUse ??= []).Add(code);
        return code;
    }

    /// <summary>True when the code's text holds a Private Use Area character, which has no meaning a reader knows:
    /// PDF/A-2 level A (ISO 19005-2 §6.2.11.7.3) wants such a glyph shown inside an /ActualText span.</summary>
    public bool IsPrivateUse(ushort code) => _privateUse is not null && _privateUse.Contains(code);

    /// <summary>True once any code's text holds a Private Use Area character (so the writer checks codes only then).</summary>
    public bool AnyPrivateUse => _privateUse is not null;

    private static bool HasPrivateUse(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out var length);
            if (rune.Value is >= 0xE000 and <= 0xF8FF or >= 0xF0000 and <= 0xFFFFD or >= 0x100000 and <= 0x10FFFD)
                return true;
            utf8 = utf8[length..];
        }
        return false;
    }

    /// <summary>The glyph a missing character's code shows (invisibly): the space, never .notdef (PDF/UA forbids
    /// showing it).</summary>
    private ushort InvisibleGlyph => _invisibleGlyph ??= Face.Shape(" ").Glyphs is [var space, ..] && space != 0
        ? space : (ushort)Math.Min(1, Face.GlyphCount - 1);

    private IEnumerable<ushort> UsedGlyphs()
    {
        for (var page = 0; page < _firstUse.Length; page++)
        {
            if (_firstUse[page] is not { } uses)
                continue;
            for (var i = 0; i < uses.Length; i++)
                if (uses[i].Text is not null)
                    yield return (ushort)(page * PageSize + i);
        }
    }

    public void Write(PdfFileBuilder file)
    {
        var info = Face.ProgramInfo;
        var glyphs = UsedGlyphs().ToArray();
        var name = SubsetTag(glyphs) + "+" + info.PostScriptName;
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();
        var cidToGid = file.Reserve();

        file.Object(ObjectNumber, file.Scratch().Ascii("<</Type/Font/Subtype/Type0/BaseFont/").Ascii(name)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Reference(cidFont).Ascii("]/ToUnicode ").Reference(toUnicode).Ascii(">>"));

        var cid = file.Scratch().Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Ascii(name)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Reference(descriptor)
            .Ascii("/CIDToGIDMap ").Reference(cidToGid).Ascii("/DW 0/W[");
        Widths(cid);
        file.Object(cidFont, cid.Ascii("]>>"));

        var flags = 4 | (info.FixedPitch ? 1 : 0) | (info.Italic ? 64 : 0); // symbolic: glyphs are not in a standard encoding
        var d = file.Scratch().Ascii("<</Type/FontDescriptor/FontName/").Ascii(name).Ascii("/Flags ").Int(flags)
            .Ascii("/FontBBox[").Numbers(info.BoundingBox[0], info.BoundingBox[1], info.BoundingBox[2], info.BoundingBox[3])
            .Ascii("]/ItalicAngle ").Number(info.ItalicAngle).Ascii("/Ascent ").Int(info.Ascent).Ascii("/Descent ").Int(info.Descent)
            .Ascii("/CapHeight ").Int(info.CapHeight).Ascii("/StemV ").Int(StemV(info.Weight)).Ascii("/FontFile2 ").Reference(program).Ascii(">>");
        file.Object(descriptor, d);

        var subset = FontSubsetter.Subset(Face.HarfBuzzFace, glyphs);
        file.Stream(program, file.Scratch().Ascii("/Length1 ").Int(subset.Length).Span, subset);
        file.Stream(toUnicode, default, ToUnicodeCMap.Build(_codes));
        // Big-endian glyph id by code (ISO 32000-1 §9.7.4.2).
        var map = new byte[_codes.Count * 2];
        for (var code = 1; code < _codes.Count; code++)
            (map[code * 2], map[code * 2 + 1]) = ((byte)(_codes[code].Glyph >> 8), (byte)_codes[code].Glyph);
        file.Stream(cidToGid, default, map);
    }

    /// <summary>/W entries: all codes in one run from code 1, each the width of its glyph.</summary>
    private void Widths(PdfBytes body)
    {
        var widths = Face.AdvanceWidths;
        if (_codes.Count <= 1)
            return;
        body.Ascii("1[");
        for (var code = 1; code < _codes.Count; code++)
        {
            var glyph = _codes[code].Glyph;
            if (code > 1)
                body.Space();
            body.Number(glyph < widths.Length ? widths[glyph] : 0);
        }
        body.Ascii("]");
    }

    /// <summary>The glyph and the text (UTF-8) a code stands for, as the CIDToGIDMap and ToUnicode map write them.</summary>
    public (ushort Glyph, string Text) Meaning(ushort code) =>
        (_codes[code].Glyph, System.Text.Encoding.UTF8.GetString(_codes[code].Text));

    /// <summary>The width of a code's glyph, in thousandths of the font size.</summary>
    public float Width(ushort code) => code < _codes.Count ? _codeWidths[code] : 0;

    /// <summary>The widths of the codes' glyphs by code, in thousandths of the font size (valid for the codes made so
    /// far; for a loop over a run's codes, which <see cref="Width"/> would check one by one).</summary>
    public ReadOnlySpan<float> CodeWidths => _codeWidths.AsSpan(0, _codes.Count);

    /// <summary>A rough stem width from the weight class (viewers use it only for hinting substitutes).</summary>
    private static int StemV(int weight) => 50 + (int)(Math.Max(0, weight - 100) * 0.18);

    /// <summary>Six capital letters that change when the glyph set does (PDF's mark of a subset font), from a hash so
    /// the same document always gets the same tag.</summary>
    private string SubsetTag(ushort[] glyphs)
    {
        var ids = new byte[glyphs.Length * 2 + Face.Name.Length * 2];
        var i = 0;
        foreach (var glyph in glyphs)
        {
            ids[i++] = (byte)(glyph >> 8);
            ids[i++] = (byte)glyph;
        }
        foreach (var c in Face.Name)
        {
            ids[i++] = (byte)(c >> 8);
            ids[i++] = (byte)c;
        }
        var hash = SHA256.HashData(ids);
        return string.Create(6, hash, static (tag, h) =>
        {
            for (var j = 0; j < tag.Length; j++)
                tag[j] = (char)('A' + h[j] % 26);
        });
    }
}
