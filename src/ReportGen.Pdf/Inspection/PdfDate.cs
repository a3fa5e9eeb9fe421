using System.Globalization;

namespace ReportGen.Pdf.Inspection;

/// <summary>Reads a PDF date string (ISO 32000-1 §7.9.4): <c>D:YYYYMMDDHHmmSSOHH'mm'</c>, every part after the year
/// optional, the offset <c>Z</c>, <c>+HH'mm'</c> or <c>-HH'mm'</c>.</summary>
internal static class PdfDate
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var s = text.StartsWith("D:", StringComparison.Ordinal) ? text[2..] : text;
        var digits = new string(s.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length < 4) return null;
        int Part(int start, int length, int fallback) =>
            digits.Length >= start + length ? int.Parse(digits.AsSpan(start, length), CultureInfo.InvariantCulture) : fallback;
        var offset = TimeSpan.Zero;
        var rest = s[digits.Length..].Replace("'", "", StringComparison.Ordinal);
        if (rest.Length >= 3 && rest[0] is '+' or '-' && int.TryParse(rest.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
        {
            var minutes = rest.Length >= 5 && int.TryParse(rest.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
            offset = new TimeSpan(hours, minutes, 0) * (rest[0] == '-' ? -1 : 1);
        }
        try
        {
            return new DateTimeOffset(Part(0, 4, 1), Part(4, 2, 1), Part(6, 2, 1), Part(8, 2, 0), Part(10, 2, 0), Part(12, 2, 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
