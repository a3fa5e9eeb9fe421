using System.Buffers;
using System.Text;
using ReportGen.Document.Diagnostics;

namespace ReportGen.Core.Loading;

/// <summary>Turns the bytes of a file into text, refusing what is not UTF-8 text with one positioned error. A file in
/// another Unicode encoding is named for what it is: by its byte order mark, else by where its NUL bytes fall.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, out Diagnostic? problem)
    {
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (UnicodeEncodingName.Of(bytes) is { } encoding)
        {
            problem = new(DiagnosticSeverity.Error, file, 1, 1, $"the file is {encoding} text, not UTF-8", null,
                "save the file as UTF-8 (in most editors: Save with Encoding, or Save As with the UTF-8 encoding)");
            return null;
        }
        var bad = FirstInvalid(bytes, out var badByte);
        if (bad >= 0)
        {
            var (line, column) = Position(bytes, bad);
            problem = badByte == 0
                ? new(DiagnosticSeverity.Error, file, line, column, "the file holds a NUL byte: it is binary, not text", null,
                    "an incident file is UTF-8 YAML text")
                : new(DiagnosticSeverity.Error, file, line, column, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is not valid UTF-8 text (byte 0x{badByte:X2})"), null,
                    "save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
            return null;
        }
        return StrictUtf8.GetString(bytes);
    }

    /// <summary>Index of the first byte that is not part of valid UTF-8 (or is NUL), else -1.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes, out byte value)
    {
        value = 0;
        var nul = bytes.IndexOf((byte)0);
        var checkUpTo = nul >= 0 ? bytes[..nul] : bytes;
        var offset = 0;
        while (offset < checkUpTo.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(checkUpTo[offset..], out _, out var consumed);
            if (status != OperationStatus.Done) { value = checkUpTo[offset]; return offset; }
            offset += consumed;
            // Skip runs of ASCII quickly: typical files are almost all ASCII.
            var next = checkUpTo[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0) break;
            offset += next;
        }
        return nul;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index) => TextPositions.Of(bytes, index);
}
