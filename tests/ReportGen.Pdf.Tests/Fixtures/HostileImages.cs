using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Output;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>Image files that lie: headers claiming sizes their data does not hold, garbage data behind valid chunks,
/// truncated JPEGs. Each is internally valid where a quick check looks (signature, chunk CRCs, frame header).</summary>
internal static class HostileImages
{
    /// <summary>About 70 bytes claiming 60000×60000 RGB pixels (a viewer once spent 14 s on its page).</summary>
    public static ImageData LyingPng() => Png(60000, 60000, Zlib(new byte[2]));

    /// <summary>A 100×80 RGB header over a zlib stream of random bytes (a valid stream, the wrong content).</summary>
    public static ImageData GarbagePng()
    {
        var random = new Random(7);
        var raw = new byte[80 * (1 + 100 * 3)];
        random.NextBytes(raw);
        return Png(100, 80, Zlib(raw));
    }

    /// <summary>A 100×80 RGB header with image data for only half of its rows.</summary>
    public static ImageData ShortPng() => Png(100, 80, Zlib(new byte[40 * (1 + 100 * 3)]));

    /// <summary>A 100×80 RGB header whose IDAT is not a zlib stream at all (valid CRC).</summary>
    public static ImageData NotZlibPng() => Png(100, 80, [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x12, 0x34]);

    /// <summary>A real JPEG of <paramref name="width"/>×<paramref name="height"/>, cut to <paramref name="keep"/> of its bytes.</summary>
    public static ImageData Jpeg(int width, int height, double keep = 1)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 7), (byte)(y * 5), (byte)(x ^ y)));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var bytes = data.ToArray();
        return new ImageData(bytes[..(int)(bytes.Length * keep)], ImageFormat.Jpeg, width, height);
    }

    /// <summary>A PNG made of an RGB IHDR, the given IDAT data and IEND, with correct CRCs.</summary>
    public static ImageData Png(int width, int height, byte[] idat)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat);
        Chunk(png, "IEND", []);
        return new ImageData(png.ToArray(), ImageFormat.Png, width, height);
    }

    public static byte[] Zlib(byte[] raw)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw);
        return buffer.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32.Of(typed));
        png.Write(length);
    }
}
