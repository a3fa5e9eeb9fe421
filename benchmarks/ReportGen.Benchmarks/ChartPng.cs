using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Benchmarks;

/// <summary>A deterministic line-chart PNG of a realistic size (a dashboard screenshot is typically 800x320 or more),
/// encoded here so the benchmarks need no checked-in image and no imaging library.</summary>
internal static class ChartPng
{
    public static byte[] Create(int width, int height)
    {
        // RGB rows, each prefixed with filter byte 0: white background, grey grid, a red error-rate curve.
        var raw = new byte[height * (width * 3 + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (width * 3 + 1);
            for (var x = 0; x < width; x++)
            {
                var grid = x % 80 == 0 || y % 40 == 0;
                var curve = height - 20 - (int)(height * 0.6 * Math.Exp(-Math.Pow((x - width * 0.4) / (width * 0.12), 2)));
                var onCurve = Math.Abs(y - curve) <= 1;
                var (r, g, b) = onCurve ? (200, 30, 40) : grid ? (220, 220, 220) : (255, 255, 255);
                raw[row + 1 + x * 3] = (byte)r;
                raw[row + 2 + x * 3] = (byte)g;
                raw[row + 3 + x * 3] = (byte)b;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                z.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typeBytes, data));
        png.Write(four);
    }

    private static uint Crc32(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var part in new[] { type, data })
            foreach (var b in part)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        return ~crc;
    }
}
