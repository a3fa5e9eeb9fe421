using System.IO.Compression;
using System.Security.Cryptography;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Writes the objects of one PDF file in the order they are finished, numbered in the order they were
/// reserved, then the cross-reference table and trailer. Object numbers are handed out before objects are written,
/// so objects can point at each other (a page at its parent, a font at its widths) in any order. The file id is a
/// hash of the content: the same document gives the same bytes.</summary>
internal sealed class PdfFileBuilder
{
    private readonly PdfBytes _file = new(64 * 1024);
    private readonly List<long> _offsets = [0]; // object 0 is the head of the free list
    private readonly PdfBytes _scratch = new(256);

    public PdfFileBuilder()
    {
        // The binary comment line tells transfer tools that the file is not text.
        _file.Ascii("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line();
    }

    /// <summary>A new object number; the object must be written with <c>Object</c> or
    /// <see cref="Stream"/> before <see cref="Finish"/>.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
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
    public void Stream(int number, ReadOnlySpan<byte> dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true)
    {
        Begin(number);
        _file.Ascii("<<");
        _file.Raw(dictionaryEntries);
        if (compress)
        {
            var deflated = Deflate(data);
            _file.Ascii("/Filter/FlateDecode/Length ").Int(deflated.Length).Ascii(">>\nstream\n");
            _file.Raw(deflated.Span);
        }
        else
        {
            _file.Ascii("/Length ").Int(data.Length).Ascii(">>\nstream\n");
            _file.Raw(data);
        }
        // CR LF before endstream: a reader takes the EOL before the keyword off the data, so data ending in CR would
        // otherwise look one byte shorter than its /Length (PDF/A checks that they agree).
        _file.Ascii("\r\nendstream\nendobj\n");
    }

    private void Begin(int number)
    {
        if (number <= 0 || number >= _offsets.Count || _offsets[number] >= 0)
            throw new InvalidOperationException($"object {number} was not reserved or was written twice");
        _offsets[number] = _file.Length;
        _file.Int(number).Ascii(" 0 obj\n");
    }

    /// <summary>zlib data (RFC 1950) as /FlateDecode expects. The fastest level: the streams are small and
    /// compress well anyway (Skia's PDF backend, which we replaced, spent a sixth of its time in zlib's default level).</summary>
    private static ReadOnlyMemory<byte> Deflate(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(data);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }

    /// <summary>Writes the cross-reference table and trailer and returns the whole file.</summary>
    public byte[] Finish(int catalog, int info)
    {
        for (var i = 1; i < _offsets.Count; i++)
            if (_offsets[i] < 0)
                throw new InvalidOperationException($"object {i} was reserved but never written");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_file.Span, hash);
        var xref = _file.Length;
        _file.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            var offset = _offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            _file.Ascii(offset).Ascii(" 00000 n \n");
        }
        _file.Ascii("trailer\n<</Size ").Int(_offsets.Count).Ascii("/Root ").Reference(catalog)
            .Ascii("/Info ").Reference(info).Ascii("/ID[<");
        foreach (var b in hash[..16])
            _file.Hex(b);
        _file.Ascii("><");
        foreach (var b in hash[..16])
            _file.Hex(b);
        _file.Ascii(">]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
        return _file.Span.ToArray();
    }
}
