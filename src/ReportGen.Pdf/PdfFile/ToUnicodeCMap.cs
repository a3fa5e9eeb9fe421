using System.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes a ToUnicode CMap (Adobe technical note 5411): two-byte character codes to the UTF-16 text they
/// stand for (indexed by code; code 0 is never used), which is what text extraction, search, copy and screen readers
/// read.</summary>
internal static class ToUnicodeCMap
{
    private const int EntriesPerBlock = 100; // the CMap syntax allows at most 100 entries per bfchar block

    public static ReadOnlySpan<byte> Build(IReadOnlyList<(ushort Glyph, byte[] Text)> codes)
    {
        var entries = new List<(ushort Code, byte[] Utf8)>(codes.Count);
        for (var code = 1; code < codes.Count; code++)
            entries.Add(((ushort)code, codes[code].Text));
        var cmap = new PdfBytes(256 + entries.Count * 24);
        cmap.Ascii("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Ascii("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        for (var start = 0; start < entries.Count; start += EntriesPerBlock)
        {
            var count = Math.Min(EntriesPerBlock, entries.Count - start);
            cmap.Int(count).Ascii(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                var (glyph, utf8) = entries[i];
                cmap.Byte((byte)'<').Hex16(glyph).Ascii("><");
                Utf16Hex(cmap, utf8);
                cmap.Ascii(">\n");
            }
            cmap.Ascii("endbfchar\n");
        }
        cmap.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return cmap.Span;
    }

    /// <summary>UTF-8 text as UTF-16BE hex digits, decoded character by character (a string and a byte array per code
    /// were most of the map's allocations); an invalid sequence reads as U+FFFD, as <see cref="Encoding.UTF8"/> decodes it.</summary>
    private static void Utf16Hex(PdfBytes cmap, ReadOnlySpan<byte> utf8)
    {
        Span<char> units = stackalloc char[2];
        while (!utf8.IsEmpty)
        {
            System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out var length);
            var count = rune.EncodeToUtf16(units);
            for (var i = 0; i < count; i++)
                cmap.Hex16(units[i]);
            utf8 = utf8[length..];
        }
    }
}
