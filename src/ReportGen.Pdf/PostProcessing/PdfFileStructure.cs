using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>
/// The cross-reference information of a finished PDF: where each object starts, the newest trailer,
/// and the offset of the newest cross-reference section (the /Prev of an update appended after it).
/// Reads classic xref tables, which is what Skia writes, following /Prev through earlier updates.
/// </summary>
internal sealed class PdfFileStructure
{
    private const int StartXrefSearchWindow = 1024;
    private readonly Dictionary<int, long> _offsets;

    private PdfFileStructure(PdfSyntaxParser parser, Dictionary<int, long> offsets, PdfDictionary trailer, long lastXref)
    {
        Parser = parser;
        _offsets = offsets;
        Trailer = trailer;
        LastXrefOffset = lastXref;
    }

    /// <summary>The parser over the file's bytes.</summary>
    public PdfSyntaxParser Parser { get; }

    /// <summary>The newest trailer dictionary.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>Byte offset of the newest cross-reference section.</summary>
    public long LastXrefOffset { get; }

    /// <summary>Reads the cross-reference chain of <paramref name="data"/>.</summary>
    public static PdfFileStructure Read(byte[] data)
    {
        var parser = new PdfSyntaxParser(data);
        long lastXref = FindStartXref(data);
        var offsets = new Dictionary<int, long>();
        var seen = new HashSet<int>();
        PdfDictionary? newestTrailer = null;
        var visited = new HashSet<long>();
        for (long? section = lastXref; section is long at; )
        {
            if (!visited.Add(at) || at < 0 || at >= data.Length)
            {
                throw PdfSyntaxParser.Error((int)Math.Clamp(at, 0, data.Length), "broken /Prev chain of cross-reference sections");
            }

            PdfDictionary trailer = ReadSection(parser, (int)at, seen, offsets);
            newestTrailer ??= trailer;
            section = trailer["Prev"] is PdfNumber prev ? (long)prev.Value : null;
        }

        if (newestTrailer!["Encrypt"] is not null)
        {
            throw new InvalidDataException("Cannot add an outline to an encrypted PDF.");
        }

        return new PdfFileStructure(parser, offsets, newestTrailer, lastXref);
    }

    /// <summary>Parses the dictionary of indirect object <paramref name="reference"/>.</summary>
    public PdfValue ReadObject(PdfReference reference)
    {
        if (!_offsets.TryGetValue(reference.Number, out long offset) || offset >= Parser.Data.Length)
        {
            throw new InvalidDataException($"Object {reference.Number} is referenced but missing from the cross-reference table or placed past the end of the file.");
        }

        int position = (int)offset;
        long number = Parser.ReadInteger(ref position);
        Parser.ReadInteger(ref position);
        if (number != reference.Number || Parser.ReadToken(ref position) != "obj")
        {
            throw PdfSyntaxParser.Error((int)offset, $"the cross-reference entry for object {reference.Number} does not point at it");
        }

        return Parser.ParseValue(ref position);
    }

    /// <summary>Follows a reference to the value it names; other values are returned as they are.</summary>
    public PdfValue Resolve(PdfValue value) => value is PdfReference reference ? ReadObject(reference) : value;

    private static long FindStartXref(byte[] data)
    {
        int windowStart = Math.Max(0, data.Length - StartXrefSearchWindow);
        string tail = Encoding.ASCII.GetString(data, windowStart, data.Length - windowStart);
        int keyword = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (keyword < 0)
        {
            throw new InvalidDataException("Not a complete PDF: no 'startxref' near the end of the file (was the output stream disposed before reading?).");
        }

        var parser = new PdfSyntaxParser(data);
        int position = windowStart + keyword + "startxref".Length;
        return parser.ReadInteger(ref position);
    }

    private static PdfDictionary ReadSection(
        PdfSyntaxParser parser, int position, HashSet<int> seen, Dictionary<int, long> offsets)
    {
        int start = position;
        if (parser.ReadToken(ref position) != "xref")
        {
            throw new NotSupportedException(
                $"The PDF uses a cross-reference stream (at byte {start}); only the classic xref table Skia writes is supported.");
        }

        while (true)
        {
            string token = parser.ReadToken(ref position);
            if (token == "trailer")
            {
                return parser.ParseValue(ref position) as PdfDictionary
                    ?? throw PdfSyntaxParser.Error(position, "the trailer is not a dictionary");
            }

            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int first))
            {
                throw PdfSyntaxParser.Error(position, $"expected a cross-reference subsection, found '{token}'");
            }

            long count = parser.ReadInteger(ref position);
            for (long number = first; number < first + count; number++)
            {
                long offset = parser.ReadInteger(ref position);
                parser.ReadInteger(ref position);
                bool inUse = parser.ReadTokenBytes(ref position).SequenceEqual("n"u8);
                // Newer sections are read first; their entries (in use or freed) shadow older ones.
                if (seen.Add((int)number) && inUse)
                {
                    offsets[(int)number] = offset;
                }
            }
        }
    }
}
