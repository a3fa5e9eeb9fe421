namespace ReportGen.Pdf.Inspection;

/// <summary>The revisions of a PDF file: its cross-reference sections from the first to the last (each incremental
/// update adds one), and the objects as each revision defines them.</summary>
internal sealed class PdfRevisions
{
    /// <summary>Most revisions followed (a loop in /Prev links, or a hostile file, stops here).</summary>
    private const int MaxRevisions = 1000;

    private readonly byte[] _file;
    private readonly PdfParser _parser;
    private readonly Dictionary<int, PdfIndirectObject?> _objectCache = [];
    private readonly Dictionary<int, byte[]> _objectStreams = [];

    private PdfRevisions(byte[] file, IReadOnlyList<CrossReferenceSection> sections)
    {
        _file = file;
        _parser = new PdfParser(file);
        Sections = sections;
    }

    /// <summary>The cross-reference sections, oldest first.</summary>
    public IReadOnlyList<CrossReferenceSection> Sections { get; }

    /// <summary>Reads every revision of <paramref name="file"/>, from the last <c>startxref</c> back along /Prev.</summary>
    public static PdfRevisions Read(byte[] file)
    {
        var sections = new List<CrossReferenceSection>();
        var seen = new HashSet<long>();
        long? offset = LastStartXref(file);
        while (offset is { } at)
        {
            if (!seen.Add(at) || sections.Count >= MaxRevisions)
                throw new PdfSyntaxException("the cross-reference sections form a loop", (int)Math.Min(at, int.MaxValue));
            var section = CrossReferenceSection.Read(file, at);
            sections.Add(section);
            offset = section.Previous;
        }
        sections.Reverse();
        return new PdfRevisions(file, sections);
    }

    /// <summary>The offset after the last <c>startxref</c> keyword of the file.</summary>
    public static long LastStartXref(byte[] file)
    {
        var tail = Math.Max(0, file.Length - 2048);
        var at = file.AsSpan(tail).LastIndexOf("startxref"u8);
        if (at < 0) throw new PdfSyntaxException("no 'startxref' at the end of the file", file.Length);
        var text = System.Text.Encoding.ASCII.GetString(file, tail + at + 9, Math.Min(32, file.Length - tail - at - 9)).Trim();
        var digits = new string(text.TakeWhile(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, out var offset) ? offset : throw new PdfSyntaxException("'startxref' without an offset", tail + at);
    }

    /// <summary>The entry the newest of the first <paramref name="revisionCount"/> revisions gives object
    /// <paramref name="number"/>, or null when none mentions it.</summary>
    public XrefEntry? Entry(int number, int revisionCount)
    {
        for (var i = Math.Min(revisionCount, Sections.Count) - 1; i >= 0; i--)
            if (Sections[i].Entries.TryGetValue(number, out var entry))
                return entry;
        return null;
    }

    /// <summary>Object <paramref name="number"/> as the newest revision defines it (null when free or undefined).</summary>
    public PdfIndirectObject? Object(int number) => Object(number, Sections.Count);

    /// <summary>Object <paramref name="number"/> as of the first <paramref name="revisionCount"/> revisions.</summary>
    public PdfIndirectObject? Object(int number, int revisionCount)
    {
        var entry = Entry(number, revisionCount);
        if (entry is not { } e || e.Kind == XrefKind.Free)
            return null;
        if (e.Kind == XrefKind.InFile)
        {
            if (revisionCount == Sections.Count && _objectCache.TryGetValue(number, out var cached))
                return cached;
            var obj = _parser.ObjectAt((int)Math.Min(e.Offset, int.MaxValue));
            if (obj.Number != number)
                throw new PdfSyntaxException($"the cross-reference entry of object {number} points at object {obj.Number}", obj.Start);
            if (revisionCount == Sections.Count)
                _objectCache[number] = obj;
            return obj;
        }
        return FromObjectStream(number, e);
    }

    /// <summary>Follows a reference (the value itself when it is not one).</summary>
    public PdfValue? Resolve(PdfValue? value) => value is PdfReference r ? Object(r.Number)?.Value : value;

    private PdfIndirectObject FromObjectStream(int number, XrefEntry entry)
    {
        if (!_objectStreams.TryGetValue(entry.StreamNumber, out var data))
        {
            if (Object(entry.StreamNumber)?.Value is not PdfStream stream || stream.Dictionary.Name("Type") != "ObjStm")
                throw new PdfSyntaxException($"object {number} lies in object {entry.StreamNumber}, which is not an object stream", 0);
            _objectStreams[entry.StreamNumber] = data = StreamData.Decode(_file, stream);
        }
        var streamObject = (PdfStream)Object(entry.StreamNumber)!.Value;
        var count = streamObject.Dictionary["N"] is PdfNumber n ? (int)n.Value : 0;
        var first = streamObject.Dictionary["First"] is PdfNumber f ? (int)f.Value : 0;
        var header = new PdfParser(data);
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var pairNumber = header.ValueAt(position) as PdfNumber;
            var pairOffset = header.ValueAt(header.Position) as PdfNumber;
            position = header.Position;
            if (pairNumber is null || pairOffset is null) break;
            if ((int)pairNumber.Value == number && i == entry.StreamIndex)
                return new PdfIndirectObject(number, 0, header.ValueAt(first + (int)pairOffset.Value), 0, 0);
        }
        throw new PdfSyntaxException($"object {number} is not in object stream {entry.StreamNumber}", 0);
    }
}
