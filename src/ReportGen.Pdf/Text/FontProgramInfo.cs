using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Pdf.Text;

/// <summary>What a PDF font descriptor needs from a font file: PostScript name, bounding box, ascent, descent, cap
/// height, italic angle, weight and pitch, read from the head, hhea, OS/2, post and name tables (of the first face of
/// a collection). Values are in 1000ths of an em, as PDF glyph space wants them.</summary>
internal sealed record FontProgramInfo(string PostScriptName, int[] BoundingBox, int Ascent, int Descent, int CapHeight,
    float ItalicAngle, int Weight, bool FixedPitch, bool Italic)
{
    public static FontProgramInfo Read(ReadOnlySpan<byte> font, string fallbackName)
    {
        var tables = TableDirectory(font);
        var head = Table(font, tables, "head");
        var unitsPerEm = head.Length >= 54 ? BinaryPrimitives.ReadUInt16BigEndian(head[18..]) : 1000;
        if (unitsPerEm == 0)
            unitsPerEm = 1000;
        int Scale(int units) => (int)Math.Round(units * 1000.0 / unitsPerEm);
        short S16(ReadOnlySpan<byte> t, int at) => t.Length >= at + 2 ? BinaryPrimitives.ReadInt16BigEndian(t[at..]) : (short)0;

        int[] box = [Scale(S16(head, 36)), Scale(S16(head, 38)), Scale(S16(head, 40)), Scale(S16(head, 42))];
        var macStyle = head.Length >= 46 ? BinaryPrimitives.ReadUInt16BigEndian(head[44..]) : 0;
        var hhea = Table(font, tables, "hhea");
        var os2 = Table(font, tables, "OS/2");
        var post = Table(font, tables, "post");
        var ascent = Scale(hhea.Length >= 8 ? S16(hhea, 4) : S16(os2, 68));
        var descent = Scale(hhea.Length >= 8 ? S16(hhea, 6) : S16(os2, 70));
        var capHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? Scale(S16(os2, 88)) : ascent;
        var weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : 400;
        var italicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536f : 0;
        var fixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        var name = ReadPostScriptName(Table(font, tables, "name")) ?? fallbackName;
        return new FontProgramInfo(Sanitise(name), box, ascent, descent, capHeight, italicAngle, weight, fixedPitch,
            italicAngle != 0 || (macStyle & 2) != 0);
    }

    /// <summary>Table tag → (offset, length) for the first face in the file.</summary>
    private static Dictionary<string, (int Offset, int Length)> TableDirectory(ReadOnlySpan<byte> font)
    {
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (font.Length < 12)
            return tables;
        var start = font[..4].SequenceEqual("ttcf"u8) && font.Length >= 16 ? (int)BinaryPrimitives.ReadUInt32BigEndian(font[12..]) : 0;
        if (start < 0 || start + 12 > font.Length)
            return tables;
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[(start + 4)..]);
        for (var i = 0; i < count; i++)
        {
            var record = start + 12 + 16 * i;
            if (record + 16 > font.Length)
                break;
            var tag = Encoding.ASCII.GetString(font.Slice(record, 4));
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]);
            if (offset <= (uint)font.Length && length <= (uint)font.Length - offset)
                tables[tag] = ((int)offset, (int)length);
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t) ? font.Slice(t.Offset, t.Length) : default;

    /// <summary>Name id 6 from the Windows (UTF-16BE) or Macintosh (Roman) records.</summary>
    private static string? ReadPostScriptName(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
            return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        int storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = 6 + 12 * i;
            if (record + 12 > name.Length)
                break;
            int platform = BinaryPrimitives.ReadUInt16BigEndian(name[record..]);
            int id = BinaryPrimitives.ReadUInt16BigEndian(name[(record + 6)..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(name[(record + 8)..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(name[(record + 10)..]);
            if (id != 6 || storage + offset + length > name.Length)
                continue;
            var bytes = name.Slice(storage + offset, length);
            if (platform is 3 or 0)
                return Encoding.BigEndianUnicode.GetString(bytes);
            if (platform == 1)
                return Encoding.ASCII.GetString(bytes);
        }
        return null;
    }

    /// <summary>Keeps the characters a PDF name and every viewer accept without escapes.</summary>
    private static string Sanitise(string name)
    {
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_')
                kept.Append(c);
        return kept.Length > 0 ? kept.ToString() : "Font";
    }
}
