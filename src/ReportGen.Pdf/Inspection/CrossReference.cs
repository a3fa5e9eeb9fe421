using System.Text;

namespace ReportGen.Pdf.Inspection;

/// <summary>Where one object of a revision lives: at a byte offset, inside an object stream, or nowhere (freed).</summary>
internal readonly record struct XrefEntry(XrefKind Kind, long Offset, int Generation, int StreamNumber = 0, int StreamIndex = 0);

internal enum XrefKind { Free, InFile, InObjectStream }

/// <summary>One cross-reference section (ISO 32000-1 §7.5.4 table or §7.5.8 stream) with its trailer, and where the
/// revision it closes ends (just after its <c>%%EOF</c> line).</summary>
internal sealed record CrossReferenceSection(long Offset, IReadOnlyDictionary<int, XrefEntry> Entries, PdfDictionary Trailer, int RevisionEnd)
{
    /// <summary>The previous section's offset, or null for the first revision.</summary>
    public long? Previous => Trailer["Prev"] is PdfNumber n ? n.AsLong : null;

    /// <summary>Reads the section at <paramref name="offset"/>.</summary>
    public static CrossReferenceSection Read(byte[] file, long offset)
    {
        if (offset < 0 || offset >= file.Length)
            throw new PdfSyntaxException("cross-reference offset outside the file", (int)Math.Min(offset, int.MaxValue));
        var parser = new PdfParser(file);
        return file.AsSpan((int)offset).StartsWith("xref"u8) ? Table(file, (int)offset, parser) : Stream(file, (int)offset, parser);
    }

    private static CrossReferenceSection Table(byte[] file, int offset, PdfParser parser)
    {
        var entries = new Dictionary<int, XrefEntry>();
        var lines = new LineReader(file, offset + 4);
        while (true)
        {
            var line = lines.Next() ?? throw new PdfSyntaxException("cross-reference table without trailer", lines.Position);
            if (line.Length == 0) continue;
            if (line.StartsWith("trailer", StringComparison.Ordinal)) break;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], out var first) || !int.TryParse(parts[1], out var count) || first < 0 || count < 0
                || count > file.Length / 20)
                throw new PdfSyntaxException($"bad cross-reference subsection '{line}'", lines.Position);
            for (var i = 0; i < count; i++)
            {
                var entry = (lines.Next() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (entry.Length != 3 || !long.TryParse(entry[0], out var at) || !int.TryParse(entry[1], out var generation)
                    || entry[2] is not ("n" or "f"))
                    throw new PdfSyntaxException("bad cross-reference entry", lines.Position);
                entries[first + i] = new XrefEntry(entry[2] == "n" ? XrefKind.InFile : XrefKind.Free, at, generation);
            }
        }
        var trailerStart = file.AsSpan(offset).IndexOf("trailer"u8) + offset + 7;
        var trailer = parser.ValueAt(trailerStart) as PdfDictionary ?? throw new PdfSyntaxException("trailer is not a dictionary", trailerStart);
        return new CrossReferenceSection(offset, entries, trailer, FindRevisionEnd(file, parser.Position));
    }

    private static CrossReferenceSection Stream(byte[] file, int offset, PdfParser parser)
    {
        var obj = parser.ObjectAt(offset);
        if (obj.Value is not PdfStream { Dictionary: var dictionary } stream || dictionary.Name("Type") != "XRef")
            throw new PdfSyntaxException("startxref does not point at a cross-reference table or stream", offset);
        var data = StreamData.Decode(file, stream);
        var widths = (dictionary["W"] as PdfArray)?.Items.Select(w => w is PdfNumber n ? (int)n.Value : -1).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8))
            throw new PdfSyntaxException("cross-reference stream with a bad /W", offset);
        var size = dictionary["Size"] is PdfNumber s ? (int)s.Value : 0;
        var index = (dictionary["Index"] as PdfArray)?.Items.Select(i => i is PdfNumber n ? (int)n.Value : -1).ToArray() ?? [0, size];
        var rowLength = widths.Sum();
        var entries = new Dictionary<int, XrefEntry>();
        var row = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            for (var i = 0; i < index[pair + 1]; i++, row++)
            {
                if ((row + 1) * rowLength > data.Length)
                    throw new PdfSyntaxException("cross-reference stream shorter than its /Index", offset);
                var at = row * rowLength;
                long Field(int f, long fallback)
                {
                    if (widths[f] == 0) return fallback;
                    long value = 0;
                    for (var b = 0; b < widths[f]; b++) value = (value << 8) | data[at + widths.Take(f).Sum() + b];
                    return value;
                }
                var type = Field(0, 1);
                entries[index[pair] + i] = type switch
                {
                    0 => new XrefEntry(XrefKind.Free, 0, (int)Field(2, 0)),
                    1 => new XrefEntry(XrefKind.InFile, Field(1, 0), (int)Field(2, 0)),
                    2 => new XrefEntry(XrefKind.InObjectStream, 0, 0, (int)Field(1, 0), (int)Field(2, 0)),
                    _ => new XrefEntry(XrefKind.Free, 0, 0), // unknown types are null objects (§7.5.8.3)
                };
            }
        }
        return new CrossReferenceSection(offset, entries, dictionary, FindRevisionEnd(file, obj.End));
    }

    /// <summary>After the section: <c>startxref</c>, its offset, <c>%%EOF</c> and the end-of-line after it.</summary>
    private static int FindRevisionEnd(byte[] file, int from)
    {
        var startxref = file.AsSpan(from).IndexOf("startxref"u8);
        var eof = startxref < 0 ? -1 : file.AsSpan(from + startxref).IndexOf("%%EOF"u8);
        if (eof < 0) throw new PdfSyntaxException("revision without 'startxref' and '%%EOF'", from);
        var end = from + startxref + eof + 5;
        if (end < file.Length && file[end] == '\r') end++;
        if (end < file.Length && file[end] == '\n') end++;
        return end;
    }

    /// <summary>Lines of ASCII text (cross-reference tables end lines with LF, CR or CRLF, padded with spaces).</summary>
    private sealed class LineReader(byte[] file, int position)
    {
        public int Position => position;

        public string? Next()
        {
            while (position < file.Length && file[position] is (byte)'\r' or (byte)'\n') position++;
            if (position >= file.Length) return null;
            var start = position;
            while (position < file.Length && file[position] is not ((byte)'\r' or (byte)'\n') && position - start < 200) position++;
            return Encoding.ASCII.GetString(file, start, position - start).Trim();
        }
    }
}
