using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// Reads PDF object syntax (ISO 32000-1 §7.2–7.3) from an in-memory file: just enough to follow the
/// cross-reference table, the catalog and the page tree. Malformed input raises <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class PdfSyntaxParser(byte[] data)
{
    private const int MaxNesting = 64;

    /// <summary>The whole file.</summary>
    public byte[] Data { get; } = data;

    /// <summary>Parses the value starting at or after <paramref name="position"/> and moves past it.</summary>
    public PdfValue ParseValue(ref int position) => ParseValue(ref position, 0);

    /// <summary>Reads a bare keyword or number token (for example "xref", "obj", "0000000015").</summary>
    public string ReadToken(ref int position)
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

        return Encoding.ASCII.GetString(Data, start, position - start);
    }

    /// <summary>Reads a non-negative integer token.</summary>
    public long ReadInteger(ref int position)
    {
        int start = position;
        string token = ReadToken(ref position);
        return long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Error(start, $"expected an integer, found '{token}'");
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

    /// <summary>An error that says where in the file parsing stopped.</summary>
    public static InvalidDataException Error(int position, string problem) =>
        new($"Cannot read the PDF structure at byte {position}: {problem}.");

    private PdfValue ParseValue(ref int position, int depth)
    {
        if (depth > MaxNesting)
        {
            throw Error(position, "objects nested too deeply");
        }

        SkipWhitespace(ref position);
        if (position >= Data.Length)
        {
            throw Error(position, "unexpected end of file");
        }

        int start = position;
        byte first = Data[position];
        if (first == '<' && Peek(position + 1) == '<')
        {
            return ParseDictionary(ref position, depth);
        }

        switch (first)
        {
            case (byte)'[':
                return ParseArray(ref position, depth);
            case (byte)'/':
                return ParseName(ref position);
            case (byte)'(':
                SkipLiteralString(ref position);
                return new PdfOpaque(start, position);
            case (byte)'<':
                SkipPast(ref position, (byte)'>');
                return new PdfOpaque(start, position);
        }

        if (IsNumberStart(first))
        {
            return ParseNumberOrReference(ref position);
        }

        string keyword = ReadToken(ref position);
        return keyword is "true" or "false" or "null"
            ? new PdfOpaque(start, position)
            : throw Error(start, $"unexpected token '{keyword}'");
    }

    private PdfDictionary ParseDictionary(ref int position, int depth)
    {
        int start = position;
        position += 2;
        var entries = new List<KeyValuePair<PdfName, PdfValue>>();
        while (true)
        {
            SkipWhitespace(ref position);
            if (Peek(position) == '>' && Peek(position + 1) == '>')
            {
                position += 2;
                return new PdfDictionary(entries, start, position);
            }

            if (Peek(position) != '/')
            {
                throw Error(position, "expected a name as dictionary key");
            }

            PdfName key = ParseName(ref position);
            entries.Add(new(key, ParseValue(ref position, depth + 1)));
        }
    }

    private PdfArray ParseArray(ref int position, int depth)
    {
        int start = position++;
        var items = new List<PdfValue>();
        while (true)
        {
            SkipWhitespace(ref position);
            if (Peek(position) == ']')
            {
                position++;
                return new PdfArray(items, start, position);
            }

            items.Add(ParseValue(ref position, depth + 1));
        }
    }

    private PdfName ParseName(ref int position)
    {
        int start = position++;
        var name = new StringBuilder();
        while (position < Data.Length && IsRegular(Data[position]))
        {
            if (Data[position] == '#' && position + 2 < Data.Length
                && byte.TryParse(Encoding.ASCII.GetString(Data, position + 1, 2), NumberStyles.HexNumber,
                    CultureInfo.InvariantCulture, out byte escaped))
            {
                name.Append((char)escaped);
                position += 3;
            }
            else
            {
                name.Append((char)Data[position++]);
            }
        }

        return new PdfName(name.ToString(), start, position);
    }

    private PdfValue ParseNumberOrReference(ref int position)
    {
        int start = position;
        string token = ReadToken(ref position);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw Error(start, $"malformed number '{token}'");
        }

        // "n g R": two unsigned integers followed by the keyword R.
        int lookahead = position;
        if (IsUnsignedInteger(token) && TryReadUnsigned(ref lookahead, out int generation))
        {
            SkipWhitespace(ref lookahead);
            if (Peek(lookahead) == 'R' && !IsRegular(Peek(lookahead + 1)))
            {
                position = lookahead + 1;
                return new PdfReference(int.Parse(token, CultureInfo.InvariantCulture), generation, start, position);
            }
        }

        return new PdfNumber(value, start, position);
    }

    private bool TryReadUnsigned(ref int position, out int value)
    {
        SkipWhitespace(ref position);
        int start = position;
        while (position < Data.Length && Data[position] is >= (byte)'0' and <= (byte)'9')
        {
            position++;
        }

        value = 0;
        return position > start && !IsRegular(Peek(position))
            && int.TryParse(Data.AsSpan(start, position - start), CultureInfo.InvariantCulture, out value);
    }

    private void SkipLiteralString(ref int position)
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

    private void SkipPast(ref int position, byte terminator)
    {
        int index = Array.IndexOf(Data, terminator, position);
        position = index >= 0 ? index + 1 : throw Error(position, "unterminated hex string");
    }

    private byte Peek(int position) => position < Data.Length ? Data[position] : (byte)0;

    private static bool IsUnsignedInteger(string token) => token.All(char.IsAsciiDigit);

    private static bool IsNumberStart(byte value) => value is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.';

    private static bool IsWhitespace(byte value) => value is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte value) =>
        !IsWhitespace(value) && value is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
            or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
