using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Output;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.Fixtures;

/// <summary>PNG files built chunk by chunk, so tests control colour type, interlacing, extra chunks and IDAT splits.</summary>
internal static class PngFiles
{
    /// <summary>A width×height image with colour gradients and a diagonal line (every row differs, so predictors and
    /// compression are exercised), as a PNG of colour type <paramref name="colourType"/> (2 = RGB, 6 = RGBA).</summary>
    public static ImageData Gradient(int width, int height, byte colourType = 2, int idatChunks = 1,
        params (string Type, byte[] Data)[] extraChunks)
    {
        var channels = colourType == 6 ? 4 : 3;
        var raw = new byte[height * (1 + width * channels)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * channels);
            raw[row] = (byte)(y % 5); // every PNG filter type, so the PDF reader's predictor handling is tested
            for (var x = 0; x < width; x++)
            {
                var pixel = Pixel(x, y, width, height);
                var at = row + 1 + x * channels;
                (raw[at], raw[at + 1], raw[at + 2]) = (pixel.Red, pixel.Green, pixel.Blue);
                if (channels == 4)
                    raw[at + 3] = (byte)(255 - x % 200);
            }
        }
        Filter(raw, height, width * channels, channels);
        byte[] compressed;
        using (var buffer = new MemoryStream())
        {
            using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
                zlib.Write(raw);
            compressed = buffer.ToArray();
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colourType;
        Chunk(png, "IHDR", header);
        foreach (var (type, data) in extraChunks)
            Chunk(png, type, data);
        var part = (compressed.Length + idatChunks - 1) / idatChunks;
        for (var at = 0; at < compressed.Length; at += part)
            Chunk(png, "IDAT", compressed[at..Math.Min(compressed.Length, at + part)]);
        Chunk(png, "IEND", []);
        return new ImageData(png.ToArray(), ImageFormat.Png, width, height);
    }

    /// <summary>The colour the gradient has at (x, y).</summary>
    public static SKColor Pixel(int x, int y, int width, int height) =>
        x == y ? new SKColor(10, 20, 30)
            : new SKColor((byte)(x * 255 / Math.Max(1, width - 1)), (byte)(y * 255 / Math.Max(1, height - 1)), (byte)((x * 7 + y * 3) % 256));

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

    /// <summary>Applies each row's filter (0 none, 1 sub, 2 up, 3 average, 4 Paeth) in place, last row first so every
    /// row is filtered against the unfiltered row above.</summary>
    private static void Filter(byte[] raw, int height, int stride, int bpp)
    {
        for (var y = height - 1; y >= 0; y--)
        {
            var row = y * (stride + 1) + 1;
            var above = row - stride - 1;
            for (var i = stride - 1; i >= 0; i--)
            {
                int a = i >= bpp ? raw[row + i - bpp] : 0, b = y > 0 ? raw[above + i] : 0;
                int c = y > 0 && i >= bpp ? raw[above + i - bpp] : 0;
                var predicted = raw[row - 1] switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                raw[row + i] = (byte)(raw[row + i] - predicted);
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
