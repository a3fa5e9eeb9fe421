using System.Buffers.Binary;
using System.Globalization;

namespace ReportGen.Core.Loading;

/// <summary>A PNG's IHDR, checked against the combinations the PNG specification allows.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColourType, bool Interlaced)
{
    private static readonly string[] ColourNames = ["greyscale", "", "RGB", "palette", "greyscale+alpha", "", "RGBA"];

    /// <summary>The header, or null with <paramref name="why"/>.</summary>
    public static PngHeader? Read(ReadOnlySpan<byte> ihdr, out string why)
    {
        why = "";
        var width = BinaryPrimitives.ReadUInt32BigEndian(ihdr);
        var height = BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]);
        int depth = ihdr[8], colour = ihdr[9];
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue) why = $"the size {width}×{height} is impossible";
        else if (colour is not (0 or 2 or 3 or 4 or 6)) why = $"colour type {colour} does not exist";
        else if (!Allowed(colour, depth)) why = $"bit depth {depth} is not allowed for colour type {colour} ({ColourNames[colour]})";
        else if (ihdr[10] != 0 || ihdr[11] != 0) why = "it names a compression or filter method that does not exist";
        else if (ihdr[12] > 1) why = $"interlace method {ihdr[12]} does not exist";
        return why.Length > 0 ? null : new PngHeader((int)width, (int)height, depth, colour, ihdr[12] == 1);
    }

    private static bool Allowed(int colour, int depth) => colour switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        _ => depth is 8 or 16,
    };

    /// <summary>Bits per pixel.</summary>
    public int Bits => BitDepth * ColourType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    /// <summary>"a 100×100 RGB image" (the bit depth is named when it is not 8).</summary>
    public string Describe() =>
        $"a {Width}×{Height} {(BitDepth == 8 ? "" : BitDepth.ToString(CultureInfo.InvariantCulture) + "-bit ")}{ColourNames[ColourType]} image";

    /// <summary>Rows and bytes per row (filter byte included) of each pass: one pass, or Adam7's seven (empty ones
    /// left out, as the specification says).</summary>
    public List<(long Rows, long RowBytes)> Passes()
    {
        (int X, int Y, int Dx, int Dy)[] adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        var passes = new List<(long, long)>();
        foreach (var (x, y, dx, dy) in Interlaced ? adam7 : [(0, 0, 1, 1)])
        {
            long w = (Width - x + dx - 1L) / dx, h = (Height - y + dy - 1L) / dy;
            if (w > 0 && h > 0) passes.Add((h, 1 + (w * Bits + 7) / 8));
        }
        return passes;
    }
}

/// <summary>Follows the inflated image data scanline by scanline: each row must start with a filter type 0..4 and
/// the data must end exactly where the last row of the last pass does.</summary>
internal sealed class ScanlineCounter(PngHeader header)
{
    private readonly List<(long Rows, long RowBytes)> _passes = header.Passes();
    private int _pass;
    private long _row, _inRow, _rowNumber, _total;

    /// <summary>The expected total, filter bytes included.</summary>
    private long Expected => _passes.Sum(p => p.Rows * p.RowBytes);

    /// <summary>Takes the next inflated bytes; returns a problem, or null.</summary>
    public string? Consume(ReadOnlySpan<byte> data)
    {
        var i = 0;
        while (i < data.Length)
        {
            if (_pass == _passes.Count)
                return $"the PNG image data holds more than the {Expected:N0} bytes {header.Describe()} needs";
            var (rows, rowBytes) = _passes[_pass];
            if (_inRow == 0)
            {
                _rowNumber++;
                if (data[i] > 4) return $"row {_rowNumber} of the PNG image data has filter type {data[i]} (0 to 4 exist)";
            }
            var take = (int)Math.Min(data.Length - i, rowBytes - _inRow);
            i += take;
            _inRow += take;
            _total += take;
            if (_inRow < rowBytes) continue;
            _inRow = 0;
            if (++_row == rows) { _row = 0; _pass++; }
        }
        return null;
    }

    /// <summary>At the end of the data: a problem when rows are missing, else null.</summary>
    public string? Finish() => _pass == _passes.Count ? null
        : $"the PNG image data holds {_total:N0} bytes, but {header.Describe()} needs {Expected:N0}";
}
