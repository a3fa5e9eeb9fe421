using System.Text;

namespace ReportGen.Core.Tests.Review;

/// <summary>A strict RFC 4180 reader for the tests (records end in CRLF; quoted fields may hold commas, quotes doubled,
/// CR and LF). Throws on anything else, so a sloppy writer fails the test.</summary>
internal static class CsvReader
{
    public static List<string[]> Read(byte[] bytes)
    {
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "UTF-8 byte order mark expected");
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("unclosed quote");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    if (text[i] == '"') { i++; break; }
                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"') throw new FormatException($"quote inside an unquoted field at {i}");
                    field.Append(text[i++]);
                }
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length) throw new FormatException("the last record has no CRLF");
            if (text[i] == ',') { i++; continue; }
            if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"bare line break at {i}");
            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }
        Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
        return records;
    }

    /// <summary>The records as maps from the header's names.</summary>
    public static List<Dictionary<string, string>> Rows(byte[] bytes)
    {
        var records = Read(bytes);
        return records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
