namespace ReportGen.Core.Loading;

/// <summary>Recognises UTF-16 and UTF-32 text (either byte order) so the error can name the encoding the user must
/// change. A byte order mark decides; without one, text that is mostly ASCII (as YAML keys are) shows its encoding by
/// where the zero bytes fall: every second byte for UTF-16, three of every four for UTF-32.</summary>
internal static class UnicodeEncodingName
{
    /// <summary>"UTF-32 (little-endian)" and the like, or null for anything else (UTF-8, binary).</summary>
    public static string? Of(ReadOnlySpan<byte> b)
    {
        // UTF-32 LE's mark starts with UTF-16 LE's, so UTF-32 is tested first.
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return "UTF-32 (little-endian)";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return "UTF-32 (big-endian)";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "UTF-16 (little-endian)";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "UTF-16 (big-endian)";
        return Guess(b);
    }

    private static string? Guess(ReadOnlySpan<byte> b)
    {
        var sample = b[..(Math.Min(b.Length, 256) & ~3)];
        if (sample.Length < 8 || sample.IndexOf((byte)0) < 0) return null;
        var zeros = new int[4];
        for (var i = 0; i < sample.Length; i++) if (sample[i] == 0) zeros[i & 3]++;
        var units = sample.Length / 4;
        bool All(int k) => zeros[k] == units;
        bool Few(int k) => zeros[k] * 10 <= units;   // a NUL in the text itself is rare, a few are allowed
        if (All(1) && All(2) && All(3) && Few(0)) return "UTF-32 (little-endian)";
        if (All(0) && All(1) && Few(3)) return "UTF-32 (big-endian)";
        if (zeros[1] + zeros[3] >= 2 * units * 9 / 10 && Few(0) && Few(2)) return "UTF-16 (little-endian)";
        if (zeros[0] + zeros[2] >= 2 * units * 9 / 10 && Few(1) && Few(3)) return "UTF-16 (big-endian)";
        return null;
    }
}
