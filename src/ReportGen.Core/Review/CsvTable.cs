using System.Text;

namespace ReportGen.Core.Review;

/// <summary>Writes one CSV file as RFC 4180 says: a header row, comma-separated fields, CRLF after every record, a
/// field quoted (its quotes doubled) when it holds a comma, a quote, a CR or an LF. Safe to open in a spreadsheet: a
/// field that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab, a CR or an LF would be read as a formula by
/// Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe, which they show as text. UTF-8 with a byte
/// order mark, so Excel does not read names as its legacy code page.</summary>
public sealed class CsvTable
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    /// <summary>A table with the given header row.</summary>
    public CsvTable(params string[] header)
    {
        _columns = header.Length;
        Row(header);
    }

    /// <summary>Appends a record; null fields are empty. It must have as many fields as the header.</summary>
    public CsvTable Row(params string?[] fields)
    {
        if (fields.Length != _columns)
            throw new ArgumentException($"a CSV record needs {_columns} fields, not {fields.Length}", nameof(fields));
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _text.Append(',');
            AppendField(_text, fields[i] ?? "");
        }
        _text.Append("\r\n");
        return this;
    }

    /// <summary>The file's bytes.</summary>
    public byte[] ToBytes()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var preamble = encoding.GetPreamble();
        var bytes = new byte[preamble.Length + encoding.GetByteCount(_text.ToString())];
        preamble.CopyTo(bytes, 0);
        encoding.GetBytes(_text.ToString(), 0, _text.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>The field as written into the file: neutralised against formulas, then quoted when needed.</summary>
    public static string Field(string value)
    {
        var sb = new StringBuilder(value.Length + 4);
        AppendField(sb, value);
        return sb.ToString();
    }

    private static void AppendField(StringBuilder into, string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n')
            value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            into.Append(value);
            return;
        }
        into.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
