using System.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes a ToUnicode CMap (Adobe technical note 5411): two-byte glyph ids to the UTF-16 text they stand
/// for (the map is indexed by glyph id, null for glyphs without text), which is what text extraction, search and copy
/// read.</summary>
internal static class ToUnicodeCMap
{
    private const int EntriesPerBlock = 100; // the CMap syntax allows at most 100 entries per bfchar block

    public static ReadOnlySpan<byte> Build(byte[]?[] map)
    {
        var entries = new List<(ushort Glyph, byte[] Utf8)>();
        for (var glyph = 0; glyph < map.Length; glyph++)
            if (map[glyph] is { } utf8)
                entries.Add(((ushort)glyph, utf8));
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
                foreach (var b in Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(utf8)))
                    cmap.Hex(b);
                cmap.Ascii(">\n");
            }
            cmap.Ascii("endbfchar\n");
        }
        cmap.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return cmap.Span;
    }
}
