using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf.Tests.Signing;

/// <summary>Appends an incremental update to a PDF the way signing tools do (objects, a cross-reference section, a
/// trailer with /Prev), so tests can make signed files and files with every kind of unwelcome update.</summary>
internal sealed class IncrementalUpdate(byte[] file)
{
    private const string RangePlaceholder = "[0 0000000000 0000000000 0000000000]";
    private readonly List<(int Number, int Generation, string Body)> _objects = [];
    private readonly List<int> _freed = [];

    public byte[] File => file;
    private string Text => Encoding.Latin1.GetString(file);

    /// <summary>The next free object number (the trailer's /Size of the newest revision).</summary>
    public int Size => int.Parse(Regex.Matches(Text, @"/Size (\d+)").Last().Groups[1].Value, CultureInfo.InvariantCulture);

    public long LastStartXref => long.Parse(Regex.Matches(Text, @"startxref\s+(\d+)").Last().Groups[1].Value, CultureInfo.InvariantCulture);

    public int Root => int.Parse(Regex.Matches(Text, @"/Root (\d+) 0 R").Last().Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The document information dictionary: number and body.</summary>
    public (int Number, string Body) Info
    {
        get
        {
            var number = Regex.Matches(Text, @"/Info (\d+) 0 R").Last().Groups[1].Value;
            var match = Regex.Match(Text, @"\n" + number + @" 0 obj\n(.*?)\nendobj");
            return (int.Parse(number, CultureInfo.InvariantCulture), match.Groups[1].Value);
        }
    }

    /// <summary>The object number and dictionary text of the field whose partial name is <paramref name="partial"/>.</summary>
    public (int Number, string Body) Field(string partial)
    {
        var match = Regex.Matches(Text, @"(\d+) 0 obj\n(<</Type/Annot/Subtype/Widget/FT/Sig/T\(" + Regex.Escape(partial) + @"\).*?>>>>)\nendobj").Last();
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value);
    }

    /// <summary>The first object whose dictionary starts with <paramref name="prefix"/>: number and body.</summary>
    public (int Number, string Body) Find(string prefix)
    {
        var match = Regex.Match(Text, @"(\d+) 0 obj\n(" + Regex.Escape(prefix) + @".*?)\nendobj");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value);
    }

    public IncrementalUpdate Add(int number, string body, int generation = 0)
    {
        _objects.Add((number, generation, body));
        return this;
    }

    public IncrementalUpdate Free(int number)
    {
        _freed.Add(number);
        return this;
    }

    /// <summary>A signature dictionary as pdfsig writes one; its /ByteRange is filled in by <see cref="Build"/>.</summary>
    public static string Signature(string signer, string time) =>
        $"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.detached/Name({signer})/M({time})/ByteRange{RangePlaceholder}" +
        $"/Contents<{new string('0', 512)}>>>";

    /// <summary>The field's dictionary with <paramref name="entries"/> added before its end.</summary>
    public static string With(string body, string entries) => body[..^2] + entries + ">>";

    /// <summary>The file with the update appended: a classic table, or a compressed cross-reference stream.</summary>
    public byte[] Build(bool xrefStream = false, Func<long, long>? byteRangeEnd = null)
    {
        var output = new StringBuilder(Text);
        if (!Text.EndsWith('\n')) output.Append('\n');
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var (number, generation, body) in _objects)
        {
            offsets[number] = (Encoding.Latin1.GetByteCount(output.ToString()), generation);
            output.Append(CultureInfo.InvariantCulture, $"{number} {generation} obj\n{body}\nendobj\n");
        }
        var size = Math.Max(Size, offsets.Keys.Append(0).Max() + 1);
        var xref = Encoding.Latin1.GetByteCount(output.ToString());
        if (xrefStream)
            AppendXrefStream(output, offsets, ref size);
        else
        {
            output.Append("xref\n");
            foreach (var number in _freed)
                output.Append(CultureInfo.InvariantCulture, $"{number} 1\n0000000000 00001 f \n");
            foreach (var (number, (offset, generation)) in offsets)
                output.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} {generation:D5} n \n");
            output.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}/Root {Root} 0 R/Prev {LastStartXref}>>\n");
        }
        output.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        return FillByteRanges(Encoding.Latin1.GetBytes(output.ToString()), byteRangeEnd);
    }

    private void AppendXrefStream(StringBuilder output, SortedDictionary<int, (long Offset, int Generation)> offsets, ref int size)
    {
        var self = size++;
        var rows = offsets.Select(o => (o.Key, Type: 1, o.Value.Offset, o.Value.Generation))
            .Append((Key: self, Type: 1, Offset: (long)Encoding.Latin1.GetByteCount(output.ToString()), Generation: 0)).OrderBy(r => r.Key).ToList();
        // PNG "Up" predictor rows of 1 + 4 + 1 bytes, as Acrobat writes them.
        var raw = new List<byte>();
        var previous = new byte[6];
        foreach (var row in rows)
        {
            byte[] bytes = [(byte)row.Type, (byte)(row.Offset >> 24), (byte)(row.Offset >> 16), (byte)(row.Offset >> 8), (byte)row.Offset, (byte)row.Generation];
            raw.Add(2);
            raw.AddRange(bytes.Select((b, i) => (byte)(b - previous[i])));
            previous = bytes;
        }
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(raw.ToArray());
        var index = string.Join(' ', rows.Select(r => $"{r.Key} 1"));
        output.Append(CultureInfo.InvariantCulture,
            $"{self} 0 obj\n<</Type/XRef/Size {size}/Root {Root} 0 R/Prev {LastStartXref}/W[1 4 1]/Index[{index}]/Filter/FlateDecode/DecodeParms<</Columns 6/Predictor 12>>/Length {compressed.Length}>>\nstream\n");
        output.Append(Encoding.Latin1.GetString(compressed.ToArray())).Append("\nendstream\nendobj\n");
    }

    /// <summary>Points each signature's /ByteRange around its /Contents, to the end of the file (or elsewhere).</summary>
    private static byte[] FillByteRanges(byte[] bytes, Func<long, long>? end)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.IndexOf(RangePlaceholder, StringComparison.Ordinal);
        while (at >= 0)
        {
            var gapStart = text.IndexOf("/Contents<", at, StringComparison.Ordinal) + "/Contents".Length;
            var gapEnd = text.IndexOf('>', gapStart) + 1;
            var last = end?.Invoke(bytes.Length) ?? bytes.Length;
            var range = string.Create(CultureInfo.InvariantCulture, $"[0 {gapStart:D10} {gapEnd:D10} {last - gapEnd:D10}]");
            text = text[..at] + range + text[(at + range.Length)..];
            at = text.IndexOf(RangePlaceholder, at + 1, StringComparison.Ordinal);
        }
        return Encoding.Latin1.GetBytes(text);
    }
}
