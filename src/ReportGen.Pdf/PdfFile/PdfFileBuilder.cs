using System.IO.Compression;
using System.Security.Cryptography;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes the objects of one PDF file in the order they are finished, numbered in the order they were
/// reserved, then the cross-reference stream that ends the file (PDF 1.5; PDF/A-2 allows it). Object numbers are
/// handed out before objects are written, so objects can point at each other (a page at its parent, a font at its
/// widths) in any order. Many small objects of one kind (the structure tree's elements: hundreds per report) are
/// <see cref="CompactObject">compacted</see> into deflated object streams, which is what keeps tagging within its
/// size budget. The file id is a hash of the content: the same document gives the same bytes.</summary>
internal sealed class PdfFileBuilder
{
    private readonly PdfBytes _file;
    private readonly List<long> _offsets; // object 0 is the head of the free list
    // Per object number, beside its offset: the object stream it is in (0: none; -1: the one being filled) and its index
    // there. A list rather than a dictionary of compacted objects: hundreds are added per report, and the dictionary's
    // hashing and growth were a tenth of writing the structure tree.
    private readonly List<(int Stream, int Index)> _inStream;
    private readonly PdfBytes _scratch = new(256);
    private readonly PdfBytes _pendingObjects = new(32 * 1024); // 200 structure elements or annotations: 10 to 30 KB
    private readonly List<(int Number, int Offset)> _pending = new(ObjectsPerStream);
    // zlib output of the stream being written, reused for every stream: it is copied into the file right away.
    private readonly MemoryStream _deflated = new(16 * 1024);
    private readonly PdfBytes _objectStreamHeader = new(ObjectsPerStream * 12); // "number offset " per object

    /// <summary>Objects per object stream: enough to compress well, few enough that a reader decodes little to reach one.</summary>
    private const int ObjectsPerStream = 200;

    /// <param name="pages">The number of pages the file will have, to size its buffers: grown by doubling from a
    /// fixed size instead, the copies were a few percent of writing a typical report (6 pages, 100 KB, 700 objects).</param>
    public PdfFileBuilder(int pages = 1)
    {
        _file = new PdfBytes(Math.Clamp(pages, 1, 256) * 16 * 1024 + 32 * 1024);
        var objects = Math.Clamp(pages, 1, 256) * 128 + 64;
        _offsets = new List<long>(objects) { 0 };
        _inStream = new List<(int Stream, int Index)>(objects) { (0, 0) };
        // The binary comment line tells transfer tools that the file is not text.
        _file.Ascii("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line();
    }

    /// <summary>A new object number; the object must be written with <c>Object</c> or
    /// <see cref="Stream"/> before <c>Finish</c>.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        _inStream.Add((0, 0));
        return _offsets.Count - 1;
    }

    /// <summary>A buffer to build a dictionary in; valid until the next call.</summary>
    public PdfBytes Scratch()
    {
        _scratch.Clear();
        return _scratch;
    }

    /// <summary>Writes object <paramref name="number"/> with <paramref name="body"/> (a dictionary, array or
    /// number) as its value.</summary>
    public void Object(int number, PdfBytes body) => Object(number, body.Span);

    public void Object(int number, ReadOnlySpan<byte> body)
    {
        Begin(number);
        _file.Raw(body).Ascii("\nendobj\n");
    }

    /// <summary>Writes a stream object: <paramref name="dictionaryEntries"/> are the entries besides /Length and
    /// /Filter (written without the enclosing brackets); the data is deflated when <paramref name="compress"/>.</summary>
    public void Stream(int number, ReadOnlySpan<byte> dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true) =>
        WriteStream(number, dictionaryEntries, data, compress, CompressionLevel.Fastest);

    /// <summary>Writes a stream object whose data is zlib data already (a constant deflated once, such as the output
    /// intent's colour profile: see <see cref="DeflateOnce"/>).</summary>
    public void DeflatedStream(int number, ReadOnlySpan<byte> dictionaryEntries, ReadOnlySpan<byte> deflated) =>
        WriteRawStream(number, dictionaryEntries, deflated, deflated: true);

    private void WriteStream(int number, ReadOnlySpan<byte> dictionaryEntries, ReadOnlySpan<byte> data, bool compress, CompressionLevel level)
    {
        if (compress)
            WriteRawStream(number, dictionaryEntries, Deflate(data, level, _deflated).Span, deflated: true);
        else
            WriteRawStream(number, dictionaryEntries, data, deflated: false);
    }

    private void WriteRawStream(int number, ReadOnlySpan<byte> dictionaryEntries, ReadOnlySpan<byte> data, bool deflated)
    {
        Begin(number);
        _file.Ascii("<<");
        _file.Raw(dictionaryEntries);
        _file.Ascii(deflated ? "/Filter/FlateDecode/Length " : "/Length ").Int(data.Length).Ascii(">>\nstream\n");
        _file.Raw(data);
        // CR LF before endstream: a reader takes the EOL before the keyword off the data, so data ending in CR would
        // otherwise look one byte shorter than its /Length (PDF/A checks that they agree).
        _file.Ascii("\r\nendstream\nendobj\n");
    }

    /// <summary>Writes object <paramref name="number"/> (a dictionary or array, never a stream) into an object stream:
    /// deflated together with its neighbours instead of standing alone in the file.</summary>
    public void CompactObject(int number, PdfBytes body)
    {
        if (!Writable(number))
            throw new InvalidOperationException($"object {number} was not reserved or was written twice");
        _inStream[number] = (-1, _pending.Count); // the stream's number is known when it is written
        _pending.Add((number, _pendingObjects.Length));
        _pendingObjects.Raw(body.Span).Ascii("\n");
        if (_pending.Count == ObjectsPerStream)
            FlushObjectStream();
    }

    private void FlushObjectStream()
    {
        if (_pending.Count == 0)
            return;
        var stream = Reserve();
        var header = _objectStreamHeader;
        header.Clear();
        foreach (var (number, offset) in _pending)
        {
            header.Int(number).Space().Int(offset).Space();
            _inStream[number] = (stream, _inStream[number].Index);
        }
        // zlib level 2: level 1 leaves object streams half again as large (repetitive dictionaries are what the better
        // matching finds; +5.5 KB per typical report, more than tagging's byte budget allows), while level 2 comes within
        // 12% of the default level 6 in a third of its time (60 KB of structure elements per typical report: 0.12 ms
        // instead of 0.38 ms).
        WriteRawStream(stream, Scratch().Ascii("/Type/ObjStm/N ").Int(_pending.Count).Ascii("/First ").Int(header.Length).Span,
            Deflate(header.Span, _pendingObjects.Span, new ZLibCompressionOptions { CompressionLevel = ObjectStreamLevel }, _deflated).Span,
            deflated: true);
        _pending.Clear();
        _pendingObjects.Clear();
    }

    private const int ObjectStreamLevel = 2;

    /// <summary>Reserved and not written yet.</summary>
    private bool Writable(int number) =>
        number > 0 && number < _offsets.Count && _offsets[number] < 0 && _inStream[number].Stream == 0;

    private void Begin(int number)
    {
        if (!Writable(number))
            throw new InvalidOperationException($"object {number} was not reserved or was written twice");
        _offsets[number] = _file.Length;
        _file.Int(number).Ascii(" 0 obj\n");
    }

    /// <summary>zlib data (RFC 1950) as /FlateDecode expects. The fastest level: the streams are small and
    /// compress well anyway (Skia's PDF backend, which we replaced, spent a sixth of its time in zlib's default level).</summary>
    private static ReadOnlyMemory<byte> Deflate(ReadOnlySpan<byte> data, CompressionLevel level, MemoryStream output)
    {
        output.SetLength(0);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
            zlib.Write(data);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }

    /// <summary>zlib data of <paramref name="first"/> followed by <paramref name="second"/> (an object stream's offsets
    /// and objects, without copying them into one buffer first).</summary>
    private static ReadOnlyMemory<byte> Deflate(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ZLibCompressionOptions options,
        MemoryStream output)
    {
        output.SetLength(0);
        using (var zlib = new ZLibStream(output, options, leaveOpen: true))
        {
            zlib.Write(first);
            zlib.Write(second);
        }
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }

    /// <summary>zlib data of a constant that every file embeds, made once per process at the smallest size (the time
    /// is spent once, the bytes saved in every file). The same data always gives the same bytes.</summary>
    public static byte[] DeflateOnce(ReadOnlySpan<byte> data) => Deflate(data, CompressionLevel.SmallestSize, new MemoryStream()).ToArray();

    /// <summary>Writes the cross-reference stream (which is also the trailer) and returns the whole file.</summary>
    public byte[] Finish(int catalog, int info)
    {
        Complete(catalog, info);
        return _file.Span.ToArray();
    }

    /// <summary>Writes the cross-reference stream (which is also the trailer) and then the whole file to
    /// <paramref name="output"/>, without copying it into an array first (a typical report is 100 KB: the copy was a
    /// large-object-heap allocation per file).</summary>
    public void Finish(int catalog, int info, Stream output)
    {
        Complete(catalog, info);
        output.Write(_file.Span);
    }

    private void Complete(int catalog, int info)
    {
        FlushObjectStream();
        for (var i = 1; i < _offsets.Count; i++)
            if (_offsets[i] < 0 && _inStream[i].Stream == 0)
                throw new InvalidOperationException($"object {i} was reserved but never written");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_file.Span, hash);
        var xrefNumber = Reserve();
        var xref = _file.Length;
        _offsets[xrefNumber] = xref;
        // One entry per object, 1 + 4 + 2 bytes (W [1 4 2]): type 0 free, 1 at a file offset, 2 inside an object stream.
        var entries = new byte[_offsets.Count * 7];
        Entry(entries, 0, 0, 0, 0xFFFF);
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_inStream[i] is { Stream: > 0 } at)
                Entry(entries, i, 2, at.Stream, at.Index);
            else
                Entry(entries, i, 1, _offsets[i], 0);
        }
        var dictionary = new PdfBytes(256);
        dictionary.Ascii("/Type/XRef/Size ").Int(_offsets.Count).Ascii("/W[1 4 2]/Root ").Reference(catalog)
            .Ascii("/Info ").Reference(info).Ascii("/ID[<");
        foreach (var b in hash[..16])
            dictionary.Hex(b);
        dictionary.Ascii("><");
        foreach (var b in hash[..16])
            dictionary.Hex(b);
        dictionary.Ascii(">]");
        _offsets[xrefNumber] = -1; // its entry is made; Stream writes it at that same offset
        Stream(xrefNumber, dictionary.Span, entries);
        _file.Ascii("startxref\n").Int(xref).Ascii("\n%%EOF\n");
    }

    private static void Entry(byte[] entries, int number, int type, long field2, int field3)
    {
        if (field2 > uint.MaxValue)
            throw new InvalidOperationException("the PDF is larger than 4 GiB");
        var at = number * 7;
        entries[at] = (byte)type;
        entries[at + 1] = (byte)(field2 >> 24);
        entries[at + 2] = (byte)(field2 >> 16);
        entries[at + 3] = (byte)(field2 >> 8);
        entries[at + 4] = (byte)field2;
        entries[at + 5] = (byte)(field3 >> 8);
        entries[at + 6] = (byte)field3;
    }
}
