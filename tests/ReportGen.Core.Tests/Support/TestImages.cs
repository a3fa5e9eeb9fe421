using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Core.Tests.Support;

/// <summary>Image files for figure tests: PNGs built chunk by chunk (so a test can make one lie in exactly one way)
/// and two small real JPEGs written by poppler's pdftoppm (baseline and progressive, 24x16).</summary>
internal static class TestImages
{
    public static readonly byte[] BaselineJpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEAAgABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAQABgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD30opOSoJ9cUeWn9xfyp1FACBFU5CgH2FFLRQB/9k=");

    public static readonly byte[] ProgressiveJpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEAAgABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wgARCAAQABgDASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAEG/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEAMQAAAB3ygD/8QAFhAAAwAAAAAAAAAAAAAAAAAAABEg/9oACAEBAAEFAhT/AP/EABQRAQAAAAAAAAAAAAAAAAAAABD/2gAIAQMBAT8BP//EABQRAQAAAAAAAAAAAAAAAAAAABD/2gAIAQIBAT8BP//EABQQAQAAAAAAAAAAAAAAAAAAACD/2gAIAQEABj8CX//EABkQAAIDAQAAAAAAAAAAAAAAAAERACBRQf/aAAgBAQABPyFDImCIDlP/2gAMAwEAAgADAAAAEPDP/8QAFBEBAAAAAAAAAAAAAAAAAAAAEP/aAAgBAwEBPxA//8QAFBEBAAAAAAAAAAAAAAAAAAAAEP/aAAgBAgEBPxA//8QAGhABAAIDAQAAAAAAAAAAAAAAAQARIFFh8f/aAAgBAQABPxBZtC7qeNBlgHhh/9k=");

    /// <summary>PNG signature.</summary>
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>IHDR data: width, height, bit depth, colour type, compression, filter, interlace.</summary>
    public static byte[] Header(int width, int height, byte bitDepth = 8, byte colourType = 2, byte interlace = 0)
    {
        var h = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(h, width);
        BinaryPrimitives.WriteInt32BigEndian(h.AsSpan(4), height);
        h[8] = bitDepth;
        h[9] = colourType;
        h[12] = interlace;
        return h;
    }

    /// <summary>A valid non-interlaced 8-bit RGB PNG of the given size, every row filter 0 and grey.</summary>
    public static byte[] Png(int width, int height) => Png(Header(width, height), Zlib(Rows(width, height, 3)));

    /// <summary>A PNG from an IHDR and the (already compressed) IDAT stream, split into IDAT chunks of at most
    /// <paramref name="idatChunk"/> bytes.</summary>
    public static byte[] Png(byte[] header, byte[] idat, int idatChunk = 8192)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        for (var i = 0; i < idat.Length; i += idatChunk)
            WriteChunk(png, "IDAT", idat.AsSpan(i, Math.Min(idatChunk, idat.Length - i)).ToArray());
        if (idat.Length == 0) WriteChunk(png, "IDAT", []);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Raw scanlines: each a filter byte 0 and <paramref name="bytesPerPixel"/> × width bytes of 0x80.</summary>
    public static byte[] Rows(int width, int height, int bytesPerPixel)
    {
        var row = 1 + width * bytesPerPixel;
        var raw = new byte[height * row];
        for (var y = 0; y < height; y++) raw.AsSpan(y * row + 1, row - 1).Fill(0x80);
        return raw;
    }

    public static byte[] Zlib(byte[] raw, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, level, leaveOpen: true)) z.Write(raw);
        return output.ToArray();
    }

    /// <summary>Writes <paramref name="zeroRows"/> scanlines of zeros straight into a zlib stream, for huge images
    /// whose raw data should never be held in memory by the test either.</summary>
    public static byte[] ZlibOfZeroRows(int rowBytes, int zeroRows)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[rowBytes + 1];
            for (var i = 0; i < zeroRows; i++) z.Write(row);
        }
        return output.ToArray();
    }

    public static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc(typeBytes, data));
        png.Write(four);
    }

    /// <summary>CRC-32 as PNG computes it (over type and data), bit by bit: slow and obviously right.</summary>
    public static uint Crc(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var span in new[] { type.ToArray(), data.ToArray() })
            foreach (var b in span)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>The offset of the first chunk of <paramref name="type"/> (its length field).</summary>
    public static int ChunkOffset(byte[] png, string type)
    {
        var i = 8;
        while (i + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(i));
            if (Encoding.ASCII.GetString(png, i + 4, 4) == type) return i;
            i += 12 + length;
        }
        throw new InvalidOperationException($"no {type} chunk");
    }
}
