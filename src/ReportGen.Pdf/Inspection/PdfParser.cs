using System.Globalization;

namespace ReportGen.Pdf.Inspection;

/// <summary>Reads PDF objects from a file's bytes (ISO 32000-1 §7.2-7.3): enough to read back what we wrote and what
/// a signing tool appended. Hostile input gives a <see cref="PdfSyntaxException"/>, never a hang or a stack overflow:
/// nesting is capped and every loop advances.</summary>
internal sealed class PdfParser(byte[] data)
{
    /// <summary>Deepest nesting of arrays and dictionaries accepted (real files stay under ten).</summary>
    private const int MaxDepth = 64;

    private int _position;

    public byte[] Data => data;

    /// <summary>The indirect object that starts at <paramref name="offset"/>.</summary>
    public PdfIndirectObject ObjectAt(int offset)
    {
        if (offset < 0 || offset >= data.Length)
            throw new PdfSyntaxException("object offset outside the file", offset);
        _position = offset;
        SkipSpace();
        var start = _position;
        var number = Integer("object number");
        var generation = Integer("generation number");
        Keyword("obj");
        var value = Value(0);
        SkipSpace();
        if (value is PdfDictionary dictionary && Peek("stream"))
            value = Stream(dictionary);
        SkipSpace();
        Keyword("endobj");
        return new PdfIndirectObject((int)number, (int)generation, value, start, _position);
    }

    /// <summary>The value at <paramref name="offset"/> (a trailer dictionary, say).</summary>
    public PdfValue ValueAt(int offset)
    {
        _position = offset;
        return Value(0);
    }

    /// <summary>Where the parser stopped.</summary>
    public int Position => _position;

    private PdfStream Stream(PdfDictionary dictionary)
    {
        Keyword("stream");
        // The keyword is followed by CRLF or LF (a lone CR is not allowed, but tolerated).
        if (_position < data.Length && data[_position] == '\r') _position++;
        if (_position < data.Length && data[_position] == '\n') _position++;
        var start = _position;
        int length;
        if (dictionary["Length"] is PdfNumber { Value: >= 0 } n && start + (long)n.Value <= data.Length
            && EndstreamFollows(start + (int)n.Value))
        {
            length = (int)n.Value;
        }
        else
        {
            // An indirect or wrong /Length: the data ends before the next "endstream".
            var end = data.AsSpan(start).IndexOf("endstream"u8);
            if (end < 0) throw new PdfSyntaxException("stream without 'endstream'", start);
            length = end;
            while (length > 0 && data[start + length - 1] is (byte)'\n' or (byte)'\r') length--;
        }
        _position = start + length;
        SkipSpace();
        Keyword("endstream");
        return new PdfStream(dictionary, start, length);
    }

    private bool EndstreamFollows(int at)
    {
        var saved = _position;
        _position = at;
        SkipSpace();
        var found = Peek("endstream");
        _position = saved;
        return found;
    }

    private PdfValue Value(int depth)
    {
        if (depth > MaxDepth) throw new PdfSyntaxException("objects nested too deeply", _position);
        SkipSpace();
        if (_position >= data.Length) throw new PdfSyntaxException("unexpected end of file", _position);
        var c = data[_position];
        switch (c)
        {
            case (byte)'/': return new PdfName(Name());
            case (byte)'(': return new PdfString(Literal());
            case (byte)'[': return Array(depth);
            case (byte)'<' when _position + 1 < data.Length && data[_position + 1] == '<': return Dictionary(depth);
            case (byte)'<': return new PdfString(HexString());
        }
        if (c is (byte)'+' or (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9'))
            return NumberOrReference();
        var word = Word();
        return word switch
        {
            "true" => new PdfBoolean(true),
            "false" => new PdfBoolean(false),
            "null" => PdfNull.Instance,
            _ => throw new PdfSyntaxException($"unexpected '{word}'", _position - word.Length),
        };
    }

    private PdfValue NumberOrReference()
    {
        var first = Number();
        var after = _position;
        // "12 0 R": two non-negative integers followed by R.
        if (IsInteger(first) && first >= 0)
        {
            SkipSpace();
            if (_position < data.Length && data[_position] is >= (byte)'0' and <= (byte)'9')
            {
                var second = Number();
                SkipSpace();
                if (IsInteger(second) && _position < data.Length && data[_position] == 'R' && IsDelimiterOrEnd(_position + 1))
                {
                    _position++;
                    return new PdfReference((int)Math.Min(first, int.MaxValue), (int)Math.Min(second, int.MaxValue));
                }
            }
        }
        _position = after;
        return new PdfNumber(first);
    }

    private static bool IsInteger(double value) => value == Math.Floor(value) && value < int.MaxValue;

    private double Number()
    {
        var start = _position;
        while (_position < data.Length && data[_position] is (byte)'+' or (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9'))
            _position++;
        var text = System.Text.Encoding.ASCII.GetString(data, start, _position - start);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value : throw new PdfSyntaxException($"'{text}' is not a number", start);
    }

    private long Integer(string what)
    {
        SkipSpace();
        var start = _position;
        var value = Number();
        if (!IsInteger(value) || value < 0) throw new PdfSyntaxException($"expected a {what}", start);
        return (long)value;
    }

    private PdfArray Array(int depth)
    {
        _position++; // [
        var items = new List<PdfValue>();
        while (true)
        {
            SkipSpace();
            if (_position >= data.Length) throw new PdfSyntaxException("array without ']'", _position);
            if (data[_position] == ']')
            {
                _position++;
                return new PdfArray(items);
            }
            items.Add(Value(depth + 1));
        }
    }

    private PdfDictionary Dictionary(int depth)
    {
        _position += 2; // <<
        var entries = new Dictionary<string, PdfValue>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (_position + 1 < data.Length && data[_position] == '>' && data[_position + 1] == '>')
            {
                _position += 2;
                return new PdfDictionary(entries);
            }
            if (_position >= data.Length || data[_position] != '/')
                throw new PdfSyntaxException("dictionary key is not a name", _position);
            var key = Name();
            entries[key] = Value(depth + 1); // a repeated key: the last one counts, as in most readers
        }
    }

    private string Name()
    {
        _position++; // '/'
        var bytes = new List<byte>();
        while (!IsDelimiterOrEnd(_position))
        {
            var b = data[_position++];
            if (b == '#' && _position + 1 < data.Length && IsHex(data[_position]) && IsHex(data[_position + 1]))
            {
                bytes.Add((byte)(HexValue(data[_position]) * 16 + HexValue(data[_position + 1])));
                _position += 2;
            }
            else
            {
                bytes.Add(b);
            }
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private byte[] Literal()
    {
        var start = _position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            if (_position >= data.Length) throw new PdfSyntaxException("string without ')'", start);
            var b = data[_position++];
            if (b == '(') depth++;
            else if (b == ')' && --depth == 0) return bytes.ToArray();
            if (b != '\\')
            {
                bytes.Add(b);
                continue;
            }
            if (_position >= data.Length) continue;
            var e = data[_position++];
            switch (e)
            {
                case (byte)'n': bytes.Add((byte)'\n'); break;
                case (byte)'r': bytes.Add((byte)'\r'); break;
                case (byte)'t': bytes.Add((byte)'\t'); break;
                case (byte)'b': bytes.Add((byte)'\b'); break;
                case (byte)'f': bytes.Add((byte)'\f'); break;
                case (byte)'\r':
                    if (_position < data.Length && data[_position] == '\n') _position++;
                    break;
                case (byte)'\n': break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var i = 0; i < 2 && _position < data.Length && data[_position] is >= (byte)'0' and <= (byte)'7'; i++)
                        value = value * 8 + data[_position++] - '0';
                    bytes.Add((byte)value);
                    break;
                default: bytes.Add(e); break;
            }
        }
    }

    private byte[] HexString()
    {
        var start = _position++;
        var bytes = new List<byte>();
        var high = -1;
        while (true)
        {
            if (_position >= data.Length) throw new PdfSyntaxException("hex string without '>'", start);
            var b = data[_position++];
            if (b == '>') break;
            if (IsSpace(b)) continue;
            if (!IsHex(b)) throw new PdfSyntaxException("hex string holds a non-hex character", _position - 1);
            if (high < 0) high = HexValue(b);
            else
            {
                bytes.Add((byte)(high * 16 + HexValue(b)));
                high = -1;
            }
        }
        if (high >= 0) bytes.Add((byte)(high * 16));
        return bytes.ToArray();
    }

    private string Word()
    {
        var start = _position;
        while (!IsDelimiterOrEnd(_position)) _position++;
        if (_position == start) throw new PdfSyntaxException($"unexpected character '{(char)data[start]}'", start);
        return System.Text.Encoding.ASCII.GetString(data, start, _position - start);
    }

    private void Keyword(string keyword)
    {
        SkipSpace();
        var start = _position;
        if (Word() != keyword) throw new PdfSyntaxException($"expected '{keyword}'", start);
    }

    private bool Peek(string keyword)
    {
        for (var i = 0; i < keyword.Length; i++)
            if (_position + i >= data.Length || data[_position + i] != keyword[i]) return false;
        return IsDelimiterOrEnd(_position + keyword.Length);
    }

    public void SkipSpace()
    {
        while (_position < data.Length)
        {
            var b = data[_position];
            if (IsSpace(b)) _position++;
            else if (b == '%')
                while (_position < data.Length && data[_position] is not ((byte)'\n' or (byte)'\r')) _position++;
            else return;
        }
    }

    private bool IsDelimiterOrEnd(int at) => at >= data.Length || IsSpace(data[at]) || data[at] is (byte)'(' or (byte)')'
        or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    internal static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
