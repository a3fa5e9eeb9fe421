using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Core.Loading;

/// <summary>Checks a PNG as a decoder would meet it: every chunk whole and its CRC right, a sane IHDR first, a
/// palette when the colour type needs one, image data present, and the IDAT stream inflating to exactly the
/// scanlines the header implies, each with a valid filter type. The stream is inflated through a 64 KiB buffer
/// and counted, never held, so a huge image costs time linear in its size and no memory.</summary>
internal static class PngIntegrity
{
    public static ImageFault? Check(byte[] png)
    {
        var idat = new List<Range>();
        PngHeader? header = null;
        bool palette = false, end = false;
        var at = 8;
        while (!end)
        {
            if (at + 8 > png.Length) return ImageIntegrity.Damaged("the PNG is cut short (no IEND chunk)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var typeBytes = png.AsSpan(at + 4, 4);
            foreach (var b in typeBytes)
                if (!char.IsAsciiLetter((char)b)) return ImageIntegrity.Damaged($"the PNG has no valid chunk at byte {at}");
            var type = Encoding.ASCII.GetString(typeBytes);
            var left = png.Length - at - 12L;
            if (length > left)
                return ImageIntegrity.Damaged($"the PNG is cut short: chunk {type} at byte {at} needs {length:N0} bytes, {Math.Max(left, 0):N0} are left");
            var data = png.AsSpan(at + 8, (int)length);
            if (Crc32.Of(png.AsSpan(at + 4, 4 + (int)length)) != BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + (int)length)))
                return ImageIntegrity.Damaged($"the PNG chunk {type} at byte {at} fails its checksum (CRC)");
            if (header is null)
            {
                if (type != "IHDR" || length != 13) return ImageIntegrity.Damaged("the PNG does not start with its header (IHDR) chunk");
                header = PngHeader.Read(data, out var why);
                if (header is null) return ImageIntegrity.Damaged("the PNG header is invalid: " + why);
            }
            switch (type)
            {
                case "PLTE": palette = true; break;
                case "IDAT": idat.Add(new Range(at + 8, at + 8 + (int)length)); break;
                case "IEND": end = true; break;
            }
            at += 12 + (int)length;
        }
        if (header!.ColourType == 3 && !palette) return ImageIntegrity.Damaged("the PNG uses a palette but has no PLTE chunk");
        if (idat.Count == 0) return ImageIntegrity.Damaged("the PNG holds no image data (no IDAT chunk)");
        return Inflate(png, idat, header);
    }

    private static ImageFault? Inflate(byte[] png, List<Range> idat, PngHeader header)
    {
        var rows = new ScanlineCounter(header);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var zlib = new ZLibStream(new ChunkStream(png, idat), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
                if (rows.Consume(buffer.AsSpan(0, read)) is { } problem) return ImageIntegrity.Damaged(problem);
        }
        catch (InvalidDataException)
        {
            return ImageIntegrity.Damaged("the PNG image data does not decompress");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return rows.Finish() is { } shortBy ? ImageIntegrity.Damaged(shortBy) : null;
    }

    /// <summary>The IDAT chunks' data read as one stream, without copying them together.</summary>
    private sealed class ChunkStream(byte[] bytes, List<Range> parts) : Stream
    {
        private int _part, _offset;

        public override int Read(Span<byte> destination)
        {
            while (_part < parts.Count)
            {
                var (start, length) = parts[_part].GetOffsetAndLength(bytes.Length);
                if (_offset < length)
                {
                    var n = Math.Min(destination.Length, length - _offset);
                    bytes.AsSpan(start + _offset, n).CopyTo(destination);
                    _offset += n;
                    return n;
                }
                _part++;
                _offset = 0;
            }
            return 0;
        }

        public override int Read(byte[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int index, int count) => throw new NotSupportedException();
    }
}
