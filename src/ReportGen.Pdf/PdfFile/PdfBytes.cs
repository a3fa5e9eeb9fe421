using System.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>A growable byte buffer with the few PDF syntax writers the file and content streams need: ASCII text,
/// numbers in the shortest invariant form, names, text strings. Numbers are written by hand because content streams
/// hold thousands of them per page and string formatting allocated for each.</summary>
internal sealed class PdfBytes(int capacity = 4096)
{
    private byte[] _data = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _data.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBytes Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>Appends ASCII text (PDF syntax written by us, never user text).</summary>
    public PdfBytes Ascii(string text)
    {
        var room = Room(text.Length);
        for (var i = 0; i < text.Length; i++)
            room[i] = (byte)text[i];
        Length += text.Length;
        return this;
    }

    public PdfBytes Byte(byte value)
    {
        Room(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBytes Space() => Byte((byte)' ');

    public PdfBytes Line() => Byte((byte)'\n');

    public PdfBytes Int(long value)
    {
        if (value < 0)
        {
            Byte((byte)'-');
            value = -value;
        }
        Span<byte> digits = stackalloc byte[20];
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + value % 10);
            value /= 10;
        } while (value > 0);
        var room = Room(n);
        for (var i = 0; i < n; i++)
            room[i] = digits[n - 1 - i];
        Length += n;
        return this;
    }

    /// <summary>A number with at most three decimals (a thousandth of a point is far below what any device shows),
    /// without trailing zeros; non-finite values are written as 0 so a bad value can never corrupt the syntax.</summary>
    public PdfBytes Number(double value)
    {
        if (!double.IsFinite(value))
            return Byte((byte)'0');
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }
        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction == 0)
            return this;
        Byte((byte)'.');
        Byte((byte)('0' + fraction / 100));
        fraction %= 100;
        if (fraction == 0)
            return this;
        Byte((byte)('0' + fraction / 10));
        fraction %= 10;
        return fraction == 0 ? this : Byte((byte)('0' + fraction));
    }

    /// <summary>Numbers separated by spaces, each followed by a space.</summary>
    public PdfBytes Numbers(params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
            Number(value).Space();
        return this;
    }

    public PdfBytes Reference(int objectNumber) => Int(objectNumber).Ascii(" 0 R");

    /// <summary>A text string (ISO 32000-1 §7.9.2): printable ASCII as a literal, anything else as UTF-16BE hex.</summary>
    public PdfBytes TextString(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
                return HexUtf16(text);
        }
        Byte((byte)'(');
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
                Byte((byte)'\\');
            Byte((byte)c);
        }
        return Byte((byte)')');
    }

    private PdfBytes HexUtf16(string text)
    {
        Ascii("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text))
            Hex(b);
        return Byte((byte)'>');
    }

    /// <summary>An ASCII string written as a literal (URLs: any byte outside printable ASCII is escaped in octal).</summary>
    public PdfBytes LiteralBytes(ReadOnlySpan<byte> text)
    {
        Byte((byte)'(');
        foreach (var b in text)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
                Byte((byte)'\\').Byte(b);
            else if (b is < 32 or > 126)
                Byte((byte)'\\').Byte((byte)('0' + (b >> 6))).Byte((byte)('0' + ((b >> 3) & 7))).Byte((byte)('0' + (b & 7)));
            else
                Byte(b);
        }
        return Byte((byte)')');
    }

    public PdfBytes Hex(byte value)
    {
        var room = Room(2);
        room[0] = HexDigit(value >> 4);
        room[1] = HexDigit(value & 15);
        Length += 2;
        return this;
    }

    /// <summary>A glyph id as four hex digits (two-byte CIDs of an Identity-H font).</summary>
    public PdfBytes Hex16(ushort value)
    {
        var room = Room(4);
        room[0] = HexDigit(value >> 12);
        room[1] = HexDigit((value >> 8) & 15);
        room[2] = HexDigit((value >> 4) & 15);
        room[3] = HexDigit(value & 15);
        Length += 4;
        return this;
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private Span<byte> Room(int count)
    {
        if (Length + count > _data.Length)
            Array.Resize(ref _data, Math.Max(_data.Length * 2, Length + count));
        return _data.AsSpan(Length, count);
    }
}
