using System.Security.Cryptography;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>One face as a PDF Type 0 font (Identity-H, two-byte glyph ids as character codes): records the glyphs the
/// pages draw and the text each one stands for, and at the end writes the subset font program (glyph ids kept), its
/// widths, descriptor and ToUnicode map.</summary>
internal sealed class EmbeddedFont(FontFace face, int objectNumber)
{
    // Indexed by glyph id (a face has at most 65,536): the text each glyph stands for, and whether it is drawn.
    // Arrays rather than sorted collections: every glyph of every run passes through here.
    private readonly byte[]?[] _unicode = new byte[]?[face.GlyphCount];
    private readonly bool[] _used = new bool[face.GlyphCount];

    public FontFace Face { get; } = face;

    /// <summary>The Type 0 font dictionary's object number.</summary>
    public int ObjectNumber { get; } = objectNumber;

    /// <summary>Records the run's glyphs; true when each glyph's text agrees with what the ToUnicode map says for it
    /// (the first text seen for a glyph is the one mapped), false when the run needs an /ActualText span for
    /// extraction to read right (ligatures spanning several characters are fine; several glyphs for one cluster,
    /// or one glyph seen with two different texts, are not).</summary>
    public bool Use(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<uint> clusters, ReadOnlySpan<byte> utf8)
    {
        foreach (var glyph in glyphs)
            if (glyph < _used.Length)
                _used[glyph] = true;
        if (StrictlyIncreasing(clusters))
        {
            // Left-to-right text with one glyph per cluster (nearly every run): each glyph's text ends where the
            // next glyph's begins.
            var agrees = true;
            for (var i = 0; i < glyphs.Length; i++)
            {
                var end = i + 1 < clusters.Length ? clusters[i + 1] : (uint)utf8.Length;
                agrees &= Map(glyphs[i], clusters[i], end, utf8);
            }
            return agrees;
        }
        return UseUnordered(glyphs, clusters, utf8);
    }

    private static bool StrictlyIncreasing(ReadOnlySpan<uint> clusters)
    {
        for (var i = 1; i < clusters.Length; i++)
            if (clusters[i] <= clusters[i - 1])
                return false;
        return true;
    }

    /// <summary>Right-to-left runs and clusters of several glyphs: a glyph's text ends at the next larger cluster.</summary>
    private bool UseUnordered(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<uint> clusters, ReadOnlySpan<byte> utf8)
    {
        var agrees = true;
        Span<uint> sorted = glyphs.Length <= 256 ? stackalloc uint[glyphs.Length] : new uint[glyphs.Length];
        clusters.CopyTo(sorted);
        sorted.Sort();
        for (var i = 0; i < glyphs.Length; i++)
        {
            var start = clusters[i];
            var index = sorted.BinarySearch(start);
            // Several glyphs of one cluster: only one can carry the text.
            if ((index > 0 && sorted[index - 1] == start) || (index + 1 < sorted.Length && sorted[index + 1] == start))
            {
                agrees = false;
                continue;
            }
            var end = index + 1 < sorted.Length ? sorted[index + 1] : (uint)utf8.Length;
            agrees &= Map(glyphs[i], start, end, utf8);
        }
        return agrees;
    }

    /// <summary>Maps a glyph to utf8[start..end] if it has no text yet; true when its text is that.</summary>
    private bool Map(ushort glyph, uint start, uint end, ReadOnlySpan<byte> utf8)
    {
        if (start >= end || end > utf8.Length || glyph >= _unicode.Length)
            return false;
        var text = utf8[(int)start..(int)end];
        if (_unicode[glyph] is { } mapped)
            return text.SequenceEqual(mapped);
        _unicode[glyph] = text.ToArray();
        return true;
    }

    /// <summary>True when the ToUnicode map gives <paramref name="glyph"/> exactly <paramref name="utf8"/>.</summary>
    public bool MapsTo(ushort glyph, ReadOnlySpan<byte> utf8) =>
        glyph < _unicode.Length && _unicode[glyph] is { } mapped && utf8.SequenceEqual(mapped);

    private IEnumerable<ushort> UsedGlyphs()
    {
        for (var glyph = 0; glyph < _used.Length; glyph++)
            if (_used[glyph])
                yield return (ushort)glyph;
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

        file.Object(ObjectNumber, file.Scratch().Ascii("<</Type/Font/Subtype/Type0/BaseFont/").Ascii(name)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Reference(cidFont).Ascii("]/ToUnicode ").Reference(toUnicode).Ascii(">>"));

        var cid = file.Scratch().Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Ascii(name)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Reference(descriptor)
            .Ascii("/CIDToGIDMap/Identity/DW 0/W[");
        Widths(cid, glyphs);
        file.Object(cidFont, cid.Ascii("]>>"));

        var flags = 4 | (info.FixedPitch ? 1 : 0) | (info.Italic ? 64 : 0); // symbolic: glyphs are not in a standard encoding
        var d = file.Scratch().Ascii("<</Type/FontDescriptor/FontName/").Ascii(name).Ascii("/Flags ").Int(flags)
            .Ascii("/FontBBox[").Numbers(info.BoundingBox[0], info.BoundingBox[1], info.BoundingBox[2], info.BoundingBox[3])
            .Ascii("]/ItalicAngle ").Number(info.ItalicAngle).Ascii("/Ascent ").Int(info.Ascent).Ascii("/Descent ").Int(info.Descent)
            .Ascii("/CapHeight ").Int(info.CapHeight).Ascii("/StemV ").Int(StemV(info.Weight)).Ascii("/FontFile2 ").Reference(program).Ascii(">>");
        file.Object(descriptor, d);

        var subset = FontSubsetter.Subset(Face.HarfBuzzFace, glyphs);
        file.Stream(program, file.Scratch().Ascii("/Length1 ").Int(subset.Length).Span, subset);
        MapUnmappedGlyphs(glyphs);
        file.Stream(toUnicode, default, ToUnicodeCMap.Build(_unicode));
    }

    /// <summary>U+200B ZERO WIDTH SPACE, in UTF-8.</summary>
    private static readonly byte[] ZeroWidthSpace = [0xE2, 0x80, 0x8B];

    /// <summary>PDF/A-2a and PDF/UA want a Unicode value for every glyph shown. A glyph no cluster's text could be
    /// given to (the second glyph of a letter drawn in two parts, such as an Arabic base and its dots) is always inside an
    /// /ActualText span that says what it reads; it maps to a zero-width space, so a reader that ignores the span gets
    /// nothing extra.</summary>
    private void MapUnmappedGlyphs(ushort[] glyphs)
    {
        foreach (var glyph in glyphs)
            _unicode[glyph] ??= ZeroWidthSpace;
    }

    /// <summary>/W entries, one run of consecutive glyph ids at a time: <c>first [w1 w2 ...]</c>.</summary>
    private void Widths(PdfBytes body, ushort[] glyphs)
    {
        var widths = Face.AdvanceWidths;
        var previous = -2;
        foreach (var glyph in glyphs)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0)
                    body.Ascii("]");
                body.Int(glyph).Ascii("[");
            }
            else
            {
                body.Space();
            }
            body.Number(glyph < widths.Length ? widths[glyph] : 0);
            previous = glyph;
        }
        if (previous >= 0)
            body.Ascii("]");
    }

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
