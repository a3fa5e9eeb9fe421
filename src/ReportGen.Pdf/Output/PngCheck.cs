using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using static System.FormattableString;

namespace ReportGen.Pdf.Output;

/// <summary>Checks that a PNG is what its header says before anything embeds or decodes it: chunks intact (CRC),
/// a valid IHDR, no more pixels than the cap, and image data that inflates to exactly the size the header implies
/// with a valid filter byte on every row. A 69-byte file claiming 60000×60000 pixels, or one whose data is garbage,
/// is caught here in time proportional to its real size (inflation stops as soon as the data overruns).</summary>
internal static class PngCheck
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>What is wrong with <paramref name="png"/> in plain words, or null when it is sound.</summary>
    public static string? Problem(byte[] png, long maxPixels)
    {
        if (png.Length < Signature.Length + 25 || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            return "the file is damaged or not a PNG (too short, or no PNG signature)";
        PngHeader? header = null;
        var idat = new List<(int Offset, int Length)>();
        var sawPalette = false;
        for (var at = Signature.Length; ;)
        {
            if (at + 12 > png.Length)
                return "the file ends before its IEND chunk (truncated)";
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > int.MaxValue || at + 12 + (long)length > png.Length)
                return "a chunk runs past the end of the file (truncated or damaged)";
            var type = png.AsSpan(at + 4, 4);
            var data = png.AsSpan(at + 8, (int)length);
            if (Crc32.Of(png.AsSpan(at + 4, 4 + (int)length)) != BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + (int)length)))
                return "a chunk is damaged (its checksum does not match)";
            if (type.SequenceEqual("IHDR"u8) != (at == Signature.Length))
                return "its IHDR header chunk is missing or not first";
            if (header is null)
            {
                header = PngHeader.Read(data);
                if (header is null)
                    return "its IHDR header is invalid (size, bit depth or colour type)";
                if (header.Pixels > maxPixels)
                    return TooLarge(header.Width, header.Height, maxPixels);
            }
            else if (type.SequenceEqual("PLTE"u8))
                sawPalette = true;
            else if (type.SequenceEqual("IDAT"u8))
                idat.Add((at + 8, (int)length));
            else if (type.SequenceEqual("IEND"u8))
                break;
            at += 12 + (int)length;
        }
        if (header!.ColourType == 3 && !sawPalette)
            return "it uses a palette but has no PLTE chunk";
        if (idat.Count == 0)
            return "it has no image data (no IDAT chunk)";
        return InflatedProblem(png, idat, header);
    }

    /// <summary>The message for an image over the pixel cap.</summary>
    public static string TooLarge(long width, long height, long maxPixels) =>
        Invariant($"it is {width}×{height} pixels ({width * height / 1e6:0.#} megapixels), more than the ") +
        Invariant($"{maxPixels / 1e6:0.#} megapixels the PDF writer draws; scale it down, or raise the limit (--max-image-pixels, PdfWriterOptions.MaxImagePixels)");

    private static string? InflatedProblem(byte[] png, List<(int Offset, int Length)> idat, PngHeader header)
    {
        var rows = header.RowRuns();
        var expected = rows.Sum(r => r.RowBytes * r.Rows);
        var claim = Invariant($"its header claims {header.Width}×{header.Height} pixels");
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var zlib = new ZLibStream(new ChunkStream(png, idat), CompressionMode.Decompress);
            long total = 0, nextRow = 0;
            int run = 0, rowInRun = 0;
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (total + read > expected)
                    return claim + " but its image data holds more than that: the file is damaged";
                // Every row starts with a filter type byte, 0 to 4.
                while (nextRow < total + read)
                {
                    if (buffer[nextRow - total] > 4)
                        return claim + " but its image data is garbage (a row has an unknown filter type)";
                    nextRow += rows[run].RowBytes;
                    if (++rowInRun == rows[run].Rows && ++run < rows.Count)
                        rowInRun = 0;
                    if (run >= rows.Count)
                        nextRow = long.MaxValue;
                }
                total += read;
            }
            return total == expected ? null
                : claim + Invariant($" but its image data holds only {total:N0} of the {expected:N0} bytes those need: the file is damaged or truncated");
        }
        catch (InvalidDataException)
        {
            return claim + " but its compressed image data is damaged";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The IDAT chunks' data read as one stream, without copying them together.</summary>
    private sealed class ChunkStream(byte[] bytes, List<(int Offset, int Length)> chunks) : Stream
    {
        private int _chunk;
        private int _offset;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_chunk < chunks.Count && _offset == chunks[_chunk].Length)
                (_chunk, _offset) = (_chunk + 1, 0);
            if (_chunk == chunks.Count)
                return 0;
            var (start, length) = chunks[_chunk];
            var n = Math.Min(buffer.Length, length - _offset);
            bytes.AsSpan(start + _offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A PNG's IHDR: size, bit depth, colour type and interlacing, validated against the combinations the PNG
/// specification allows.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColourType, bool Interlaced)
{
    public long Pixels => (long)Width * Height;

    public static PngHeader? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
            return null;
        var width = BinaryPrimitives.ReadInt32BigEndian(data);
        var height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
        int depth = data[8], colour = data[9];
        var depthAllowed = colour switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        if (width <= 0 || height <= 0 || !depthAllowed || data[10] != 0 || data[11] != 0 || data[12] > 1)
            return null;
        return new PngHeader(width, height, depth, colour, data[12] == 1);
    }

    private int Channels => ColourType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    /// <summary>Bytes per row (filter byte included) and row count of each pass: one run, or Adam7's seven.</summary>
    public List<(long RowBytes, long Rows)> RowRuns()
    {
        long RowBytes(long width) => 1 + (width * Channels * BitDepth + 7) / 8;
        if (!Interlaced)
            return [(RowBytes(Width), Height)];
        (int X, int Y, int DX, int DY)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        var runs = new List<(long, long)>();
        foreach (var (x, y, dx, dy) in passes)
        {
            long columns = Width > x ? (Width - x + dx - 1) / dx : 0, rows = Height > y ? (Height - y + dy - 1) / dy : 0;
            if (columns > 0 && rows > 0)
                runs.Add((RowBytes(columns), rows));
        }
        return runs;
    }
}
