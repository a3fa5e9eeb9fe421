using System.Buffers.Binary;
using System.Globalization;
using System.Xml;
using ReportGen.Document.FileSystem;

namespace ReportGen.Document;

/// <summary>Reads an image file named by an incident and tells what it is: PNG, JPEG or SVG, with its size in pixels
/// read from the header (for SVG, its viewBox or width/height). Never decodes pixels; never resolves external
/// entities in SVG.</summary>
public static class ImageProbe
{
    /// <summary>Largest image file accepted unless <c>--max-image-size</c> says otherwise (20 MiB).</summary>
    public const long DefaultMaxImageBytes = 20 * 1024 * 1024;

    /// <summary>Largest image file ever read (1 GiB): an image is read into memory whole.</summary>
    public const long MaxImageBytesCeiling = 1L << 30;

    /// <summary>Reads the file at <paramref name="fullPath"/>, refusing one over <paramref name="maxBytes"/>. On success
    /// <paramref name="image"/> holds its bytes, format and size; otherwise <paramref name="problem"/> says why in plain
    /// words.</summary>
    public static bool TryRead(string fullPath, long maxBytes, out ImageData? image, out string? problem)
    {
        image = null;
        problem = null;
        // Only a regular file is opened: a named pipe would block for ever, /dev/zero would never end.
        var read = RegularFile.Read(fullPath, maxBytes);
        problem = read.Status switch
        {
            FileReadStatus.Missing => "the file does not exist",
            FileReadStatus.NotRegular => $"it is {read.Kind.Describe()}, not a regular file, so it was not read",
            FileReadStatus.TooLarge => TooLarge(maxBytes),
            FileReadStatus.Unreadable => "the file cannot be read: " + read.Error,
            _ => null,
        };
        if (problem is not null) return false;
        var bytes = read.Bytes!;
        return TryRead(bytes, out image, out problem);
    }

    private static string TooLarge(long maxBytes)
    {
        var limit = maxBytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{maxBytes / (1024 * 1024)} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{maxBytes} bytes");
        return $"the file is larger than the {limit} allowed for an image (--max-image-size raises the limit)";
    }

    /// <summary>Same as <see cref="TryRead(string, long, out ImageData?, out string?)"/> for bytes already in memory.</summary>
    public static bool TryRead(byte[] bytes, out ImageData? image, out string? problem)
    {
        image = null;
        problem = null;
        var size = Png(bytes) ?? Jpeg(bytes);
        var format = bytes.Length > 2 && bytes[0] == 0x89 ? ImageFormat.Png : ImageFormat.Jpeg;
        if (size is null && LooksLikeSvg(bytes)) { size = Svg(bytes, out problem); format = ImageFormat.Svg; }
        if (size is not { } s)
        {
            problem ??= bytes.Length == 0 ? "the file is empty" : "it is not a PNG, JPEG or SVG image";
            return false;
        }
        if (s.Width <= 0 || s.Height <= 0) { problem = "the image has no size"; return false; }
        image = new ImageData(bytes, format, s.Width, s.Height);
        return true;
    }

    private static (int Width, int Height)? Png(ReadOnlySpan<byte> b)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 24 || !b.StartsWith(signature) || !b[12..16].SequenceEqual("IHDR"u8)) return null;
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(b[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(b[20..]));
    }

    private static (int Width, int Height)? Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0x01 or >= 0xD0 and <= 0xD9) { i += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame && i + 9 <= b.Length)
                return (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> b)
    {
        var head = b[..Math.Min(b.Length, 1024)];
        return head.IndexOf("<svg"u8) >= 0 || (head.TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8).StartsWith("<?xml"u8));
    }

    private static (int Width, int Height)? Svg(byte[] bytes, out string? problem)
    {
        problem = null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 0 };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName != "svg") { problem = $"it is XML with a <{reader.LocalName}> root, not an SVG image"; return null; }
                var viewBox = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                var width = Length(reader.GetAttribute("width"));
                var height = Length(reader.GetAttribute("height"));
                double? boxWidth = null, boxHeight = null;
                if (viewBox is { Length: 4 } && Number(viewBox[2]) is { } w && Number(viewBox[3]) is { } h) (boxWidth, boxHeight) = (w, h);
                // One side given: the viewBox gives the other (what a browser does).
                if (width is not null && height is null && boxWidth is not null) height = width * boxHeight / boxWidth;
                if (height is not null && width is null && boxWidth is not null) width = height * boxWidth / boxHeight;
                width ??= boxWidth;
                height ??= boxHeight;
                if (width is not null && height is not null) return ((int)Math.Ceiling(width.Value), (int)Math.Ceiling(height.Value));
                return (300, 150); // the size browsers give an SVG that states none
            }
        }
        catch (XmlException ex)
        {
            problem = $"it is not a well-formed SVG image ({ex.Message})";
        }
        return null;
    }

    /// <summary>CSS pixels per unit (96 per inch): matplotlib writes sizes in pt, Inkscape often in mm.</summary>
    private static readonly (string Unit, double Pixels)[] Units =
        [("px", 1), ("pt", 96 / 72.0), ("pc", 16), ("in", 96), ("cm", 96 / 2.54), ("mm", 96 / 25.4)];

    /// <summary>A width or height in CSS pixels; null for a percentage, a font-relative unit or nonsense.</summary>
    private static double? Length(string? value)
    {
        if (value is null) return null;
        value = value.Trim();
        var scale = 1.0;
        foreach (var (unit, pixels) in Units)
        {
            if (!value.EndsWith(unit, StringComparison.Ordinal)) continue;
            scale = pixels;
            value = value[..^unit.Length];
            break;
        }
        return Number(value) * scale;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
