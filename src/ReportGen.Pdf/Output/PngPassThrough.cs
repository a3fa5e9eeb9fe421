using System.Buffers.Binary;
using ReportGen.Document;

namespace ReportGen.Pdf.Output;

/// <summary>The compressed pixels of a PNG in the form a PDF image can use as they are: PNG's IDAT data is a zlib
/// stream of predictor-filtered rows, which PDF reads with <c>/FlateDecode</c> and <c>/Predictor 15</c>.</summary>
internal sealed record PngImageStream(int Width, int Height, byte[] Zlib);

/// <summary>Decides whether a PNG can go into the PDF without being decoded and compressed again (decoding and
/// deflating the pixels costs ~5 ms for an 800×320 chart). Only plain 8-bit RGB, non-interlaced, without transparency
/// or colour-management chunks qualifies, so the PDF shows exactly the pixels a decoder would give; anything else is
/// decoded (with Skia's codec) by <c>PdfFile.PdfImages</c>. Nothing is copied before <see cref="PngCheck"/> has found the
/// file sound (a header that lies about its size once cost a viewer 14 s on one page).</summary>
internal static class PngPassThrough
{
    private const byte ColourTypeRgb = 2;
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // Ancillary chunks that do not change how the pixels look (metadata, physical size, suggested background).
    private static readonly HashSet<string> HarmlessChunks =
        ["sRGB", "pHYs", "tEXt", "zTXt", "iTXt", "tIME", "bKGD", "hIST", "sPLT", "eXIf"];

    /// <summary>The stream to embed when <paramref name="image"/> qualifies, after <see cref="PngCheck"/> found it sound
    /// and within <paramref name="maxPixels"/>; <paramref name="problem"/> says what is wrong with a PNG that must
    /// not be embedded or decoded at all.</summary>
    public static PngImageStream? TryRead(ImageData image, long maxPixels, out string? problem)
    {
        problem = image.Format == ImageFormat.Png ? PngCheck.Problem(image.Bytes, maxPixels) : null;
        return problem is null ? TryReadSound(image) : null;
    }

    /// <summary><see cref="TryRead(ImageData, long, out string?)"/> with the default pixel cap.</summary>
    public static PngImageStream? TryRead(ImageData image) => TryRead(image, ImageInspector.DefaultMaxPixels, out _);

    private static PngImageStream? TryReadSound(ImageData image)
    {
        if (image.Format != ImageFormat.Png)
            return null;
        ReadOnlySpan<byte> png = image.Bytes;
        if (png.Length < 8 + 25 || !png[..8].SequenceEqual(Signature))
            return null;
        int width = 0, height = 0, idatLength = 0;
        var sawEnd = false;
        for (var at = 8; !sawEnd;)
        {
            if (at + 12 > png.Length)
                return null;
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > png.Length)
                return null;
            var type = png.Slice(at + 4, 4);
            var data = png.Slice(at + 8, (int)length);
            if (Crc32.Of(png.Slice(at + 4, 4 + (int)length)) != BinaryPrimitives.ReadUInt32BigEndian(png[(at + 8 + (int)length)..]))
                return null;
            var isHeader = type.SequenceEqual("IHDR"u8);
            if (isHeader != (at == 8))
                return null; // IHDR must come first, and only there
            if (isHeader)
            {
                if (length != 13 || data[8] != 8 || data[9] != ColourTypeRgb || data[10] != 0 || data[11] != 0 || data[12] != 0)
                    return null; // 8 bits per channel, RGB, deflate, standard filters, not interlaced
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
            }
            else if (type.SequenceEqual("IDAT"u8))
                idatLength += (int)length;
            else if (type.SequenceEqual("IEND"u8))
                sawEnd = true;
            else if (!HarmlessChunks.Contains(System.Text.Encoding.ASCII.GetString(type)))
                return null; // PLTE, tRNS, gAMA, cHRM, iCCP, sBIT or unknown: let Skia interpret it
            at += 12 + (int)length;
        }
        if (width <= 0 || height <= 0 || idatLength < 2 || width != image.PixelWidth || height != image.PixelHeight)
            return null;
        var zlib = ConcatenateIdat(png, idatLength);
        // A zlib header: deflate with a window of at most 32 KiB, header check bits right, no preset dictionary.
        if ((zlib[0] & 0x0F) != 8 || zlib[0] >> 4 > 7 || (zlib[0] << 8 | zlib[1]) % 31 != 0 || (zlib[1] & 0x20) != 0)
            return null;
        return new PngImageStream(width, height, zlib);
    }

    private static byte[] ConcatenateIdat(ReadOnlySpan<byte> png, int idatLength)
    {
        var zlib = new byte[idatLength];
        var written = 0;
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            if (png.Slice(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                png.Slice(at + 8, length).CopyTo(zlib.AsSpan(written));
                written += length;
            }
            at += 12 + length;
        }
        return zlib;
    }
}

/// <summary>CRC-32 as PNG uses it (ISO 3309, polynomial 0xEDB88320).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> bytes) => Append(0, bytes);

    /// <summary>The CRC of the bytes <paramref name="crc"/> was computed over followed by <paramref name="bytes"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        crc ^= 0xFFFFFFFFu;
        foreach (var b in bytes)
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
