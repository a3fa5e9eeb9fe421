using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// The lexical layer of PDF syntax (ISO 32000-1 §7.2): whitespace and comments, keyword and number
/// tokens, and skipping over strings. Errors say at which byte reading stopped.
/// </summary>
internal class PdfTokenReader(byte[] data)
{
    /// <summary>The whole file.</summary>
    public byte[] Data { get; } = data;

    /// <summary>An error that says where in the file parsing stopped.</summary>
    public static InvalidDataException Error(int position, string problem) =>
        new($"Cannot read the PDF structure at byte {position}: {problem}.");

    /// <summary>Reads a bare keyword or number token (for example "xref", "obj", "0000000015").</summary>
    public string ReadToken(ref int position) => Encoding.ASCII.GetString(ReadTokenBytes(ref position));

    /// <summary>Like <see cref="ReadToken"/>, without making a string (the cross-reference table has thousands).</summary>
    public ReadOnlySpan<byte> ReadTokenBytes(ref int position)
    {
        SkipWhitespace(ref position);
        int start = position;
        while (position < Data.Length && IsRegular(Data[position]))
        {
            position++;
        }

        if (start == position)
        {
            throw Error(position, "expected a keyword or number");
        }

        return Data.AsSpan(start, position - start);
    }

    /// <summary>Reads a non-negative integer token.</summary>
    public long ReadInteger(ref int position)
    {
        int start = position;
        ReadOnlySpan<byte> token = ReadTokenBytes(ref position);
        return long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Error(start, $"expected an integer, found '{Encoding.ASCII.GetString(token)}'");
    }

    /// <summary>Skips whitespace and comments.</summary>
    public void SkipWhitespace(ref int position)
    {
        while (position < Data.Length)
        {
            byte current = Data[position];
            if (current == '%')
            {
                while (position < Data.Length && Data[position] != '\n' && Data[position] != '\r')
                {
                    position++;
                }
            }
            else if (IsWhitespace(current))
            {
                position++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads an unsigned integer if one comes next, without consuming anything otherwise.</summary>
    protected bool TryReadUnsigned(ref int position, out int value)
    {
        int scan = position;
        SkipWhitespace(ref scan);
        int start = scan;
        while (scan < Data.Length && Data[scan] is >= (byte)'0' and <= (byte)'9')
        {
            scan++;
        }

        value = 0;
        if (scan > start && !IsRegular(Peek(scan))
            && int.TryParse(Data.AsSpan(start, scan - start), CultureInfo.InvariantCulture, out value))
        {
            position = scan;
            return true;
        }

        return false;
    }

    /// <summary>Moves past a literal string "( ... )", honouring nesting and backslash escapes.</summary>
    protected void SkipLiteralString(ref int position)
    {
        int start = position;
        int depth = 0;
        for (; position < Data.Length; position++)
        {
            switch (Data[position])
            {
                case (byte)'\\':
                    position++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    position++;
                    return;
            }
        }

        throw Error(start, "unterminated string");
    }

    /// <summary>Moves past a hex string "&lt; ... &gt;".</summary>
    protected void SkipHexString(ref int position)
    {
        int end = Array.IndexOf(Data, (byte)'>', position);
        position = end >= 0 ? end + 1 : throw Error(position, "unterminated hex string");
    }

    /// <summary>The byte at <paramref name="position"/>, or 0 (whitespace) past the end.</summary>
    protected byte Peek(int position) => position < Data.Length ? Data[position] : (byte)0;

    /// <summary>Whether a byte can start a number.</summary>
    protected static bool IsNumberStart(byte value) =>
        value is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.';

    /// <summary>Whether a byte belongs to a token (neither whitespace nor a delimiter).</summary>
    protected static bool IsRegular(byte value) =>
        !IsWhitespace(value) && value is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
            or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsWhitespace(byte value) => value is 0 or 9 or 10 or 12 or 13 or 32;
}
