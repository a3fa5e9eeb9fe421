using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// Reads PDF object values (ISO 32000-1 §7.3) from an in-memory file: just enough to follow the
/// cross-reference table, the catalog and the page tree. Malformed input raises <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class PdfSyntaxParser(byte[] data) : PdfTokenReader(data)
{
    private const int MaxNesting = 64;

    /// <summary>Parses the value starting at or after <paramref name="position"/> and moves past it.</summary>
    public PdfValue ParseValue(ref int position) => ParseValue(ref position, 0);

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
                SkipHexString(ref position);
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
        int end = position;
        while (end < Data.Length && IsRegular(Data[end]) && Data[end] != '#')
        {
            end++;
        }

        if (end >= Data.Length || !IsRegular(Data[end]))
        {
            position = end; // no #xx escapes: the common case, without a builder
            return new PdfName(Encoding.ASCII.GetString(Data, start + 1, end - start - 1), start, position);
        }

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
        ReadOnlySpan<byte> token = ReadTokenBytes(ref position);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw Error(start, $"malformed number '{Encoding.ASCII.GetString(token)}'");
        }

        // "n g R": two unsigned integers followed by the keyword R.
        int lookahead = position;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            && TryReadUnsigned(ref lookahead, out int generation))
        {
            SkipWhitespace(ref lookahead);
            if (Peek(lookahead) == 'R' && !IsRegular(Peek(lookahead + 1)))
            {
                position = lookahead + 1;
                return new PdfReference(number, generation, start, position);
            }
        }

        return new PdfNumber(value, start, position);
    }
}
