using System.Buffers.Binary;

namespace ReportGen.Core.Loading;

/// <summary>Walks a JPEG's markers as a decoder would: every segment whole, one frame header (SOF) whose length
/// matches its components, scans (SOS) that name the frame's components, entropy-coded data after each scan, and an
/// end-of-image marker. Lossless and hierarchical codings are refused: the PDF passes JPEG data through as
/// /DCTDecode, which readers decode only for baseline, extended and progressive JPEG. Linear in the file size.</summary>
internal static class JpegIntegrity
{
    public static ImageFault? Check(byte[] jpeg)
    {
        Span<byte> componentIds = stackalloc byte[4];
        var components = 0;
        var scans = 0;
        var at = 2;
        while (true)
        {
            while (at < jpeg.Length && jpeg[at] == 0xFF && at + 1 < jpeg.Length && jpeg[at + 1] == 0xFF) at++; // fill bytes
            if (at + 2 > jpeg.Length) return CutShort();
            if (jpeg[at] != 0xFF) return ImageIntegrity.Damaged($"the JPEG has no marker where one must be (byte {at})");
            var marker = jpeg[at + 1];
            if (marker == 0xD9) return scans > 0 ? null : ImageIntegrity.Damaged("the JPEG holds no image data (no SOS scan)");
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; }
            if (marker == 0xD8) return ImageIntegrity.Damaged($"the JPEG starts a second image at byte {at}");
            if (at + 4 > jpeg.Length) return CutShort();
            int length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            var left = jpeg.Length - at - 2;
            if (length < 2) return ImageIntegrity.Damaged($"the JPEG segment at byte {at} has an impossible length ({length})");
            if (length > left)
                return ImageIntegrity.Damaged($"the JPEG is cut short: the segment at byte {at} needs {length:N0} bytes, {left:N0} are left");
            var segment = jpeg.AsSpan(at + 4, length - 2);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (Coding(marker) is { } unsupported) return new ImageFault(ImageFaultKind.Unsupported, unsupported);
                if (components > 0) return ImageIntegrity.Damaged($"the JPEG has a second frame header at byte {at}");
                if (Frame(segment, length, componentIds, out components) is { } bad) return ImageIntegrity.Damaged(bad);
            }
            at += 2 + length;
            if (marker != 0xDA) continue;
            if (components == 0) return ImageIntegrity.Damaged("the JPEG has a scan before its frame header (SOF)");
            if (Scan(segment, length, componentIds[..components]) is { } badScan) return ImageIntegrity.Damaged(badScan);
            scans++;
            at = EndOfEntropyData(jpeg, at);
            if (at < 0) return CutShort();
        }
    }

    private static ImageFault CutShort() => ImageIntegrity.Damaged("the JPEG is cut short (no end-of-image marker)");

    /// <summary>Why a frame type cannot be shown, or null for baseline, extended and progressive (and their
    /// arithmetic-coded forms, which the decoders behind PDF readers handle).</summary>
    private static string? Coding(byte marker) => marker switch
    {
        0xC3 or 0xCB => $"lossless JPEG coding (SOF{marker - 0xC0})",
        0xC5 or 0xC6 or 0xC7 or 0xCD or 0xCE or 0xCF => $"hierarchical JPEG coding (SOF{marker - 0xC0})",
        _ => null,
    };

    private static string? Frame(ReadOnlySpan<byte> s, int length, Span<byte> ids, out int components)
    {
        components = 0;
        if (s.Length < 6) return $"the JPEG frame header is {length} bytes long, too short to hold a size";
        if (s[0] is not (8 or 12)) return $"the JPEG frame header gives {s[0]}-bit samples (8 or 12 exist)";
        if (BinaryPrimitives.ReadUInt16BigEndian(s[1..]) == 0 || BinaryPrimitives.ReadUInt16BigEndian(s[3..]) == 0)
            return "the JPEG frame header gives no height or no width";
        int count = s[5];
        if (count is 0 or > 4) return $"the JPEG frame header declares {count} colour components (1 to 4 exist)";
        if (length != 8 + 3 * count)
            return $"the JPEG frame header declares {count} components in a {length}-byte segment (needs {8 + 3 * count})";
        for (var c = 0; c < count; c++)
        {
            var sampling = s[7 + 3 * c];
            if (sampling >> 4 is 0 or > 4 || (sampling & 15) is 0 or > 4 || s[8 + 3 * c] > 3)
                return $"the JPEG frame header gives component {c + 1} an impossible sampling factor or table";
            ids[c] = s[6 + 3 * c];
        }
        components = count;
        return null;
    }

    private static string? Scan(ReadOnlySpan<byte> s, int length, ReadOnlySpan<byte> frameIds)
    {
        if (s.Length < 1 || s[0] is 0 or > 4 || length != 6 + 2 * s[0])
            return $"the JPEG scan header (SOS) is damaged ({length} bytes for {(s.Length > 0 ? s[0] : 0)} components)";
        for (var c = 0; c < s[0]; c++)
            if (!frameIds.Contains(s[1 + 2 * c])) return "the JPEG scan header names a component the frame header does not have";
        return null;
    }

    /// <summary>The offset of the first marker after a scan's entropy-coded data (0xFF followed by anything but 0x00,
    /// a restart marker or a fill byte), or -1 when the file ends first.</summary>
    private static int EndOfEntropyData(byte[] jpeg, int at)
    {
        while (true)
        {
            var ff = jpeg.AsSpan(at).IndexOf((byte)0xFF);
            if (ff < 0) return -1;
            at += ff;
            if (at + 1 >= jpeg.Length) return -1;
            var next = jpeg[at + 1];
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7) { at += 2; continue; }
            if (next == 0xFF) { at++; continue; }
            return at;
        }
    }
}
