using System.Buffers.Binary;

namespace ReportGen.Pdf.Text;

/// <summary>Tells whether a font file (or the first font of a collection) draws with TrueType outlines (a
/// <c>glyf</c> table). The PDF writer embeds only those (as CIDFontType2 programs); CFF outlines (most <c>.otf</c>) and
/// colour-bitmap fonts (most emoji fonts) are not used.</summary>
internal static class TrueTypeOutlines
{
    public static bool Has(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
            return false;
        var offset = 0;
        if (font[..4].SequenceEqual("ttcf"u8))
        {
            if (font.Length < 16)
                return false;
            offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font[12..]);
        }
        if (offset < 0 || offset + 12 > font.Length)
            return false;
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[(offset + 4)..]);
        for (var i = 0; i < tables; i++)
        {
            var record = offset + 12 + 16 * i;
            if (record + 4 > font.Length)
                return false;
            if (font.Slice(record, 4).SequenceEqual("glyf"u8))
                return true;
        }
        return false;
    }
}
