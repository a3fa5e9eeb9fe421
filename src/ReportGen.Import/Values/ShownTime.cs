using System.Globalization;
using ReportGen.Core.Validation;

namespace ReportGen.Import.Values;

/// <summary>A date or time as typed where the report shows one: a day (<c>2026-03-20</c>), a clock time (<c>09:12</c>),
/// both (<c>2026-03-15 00:30</c>), both with the offset as <c>format.datetime</c> writes it (<c>2026-03-14 09:12
/// UTC+01:00</c>), or a timestamp as the incident file writes one (<c>2026-03-14T09:12:00Z</c>). Only what was typed is
/// set; the reader fills in the rest.</summary>
internal readonly record struct ShownTime(DateOnly? Date, TimeOnly? Time, TimeSpan? Offset, DateTimeOffset? Instant)
{
    /// <summary>True for a day alone.</summary>
    public bool IsDateOnly => Date is not null && Time is null && Instant is null;

    /// <summary>Which parts were typed (for comparing the forms of two texts).</summary>
    public (bool, bool, bool, bool) Form => (Date is not null, Time is not null, Offset is not null, Instant is not null);

    /// <summary>Reads <paramref name="text"/> (spaces around and between the parts do not matter).</summary>
    public static bool TryParse(string text, out ShownTime value)
    {
        value = default;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var s = string.Join(' ', words);
        if (s.Length == 0) return false;
        if (ScalarFormats.TryTimestamp(s, out var instant) == ScalarFormats.TimestampStatus.Ok)
        {
            value = new ShownTime(null, null, null, instant);
            return true;
        }
        DateOnly? date = null;
        var at = 0;
        if (ScalarFormats.TryDate(words[0], out var day)) { date = day; at = 1; }
        TimeOnly? clock = null;
        if (at < words.Length && ScalarFormats.TryClock(words[at], out var c)) { clock = c; at++; }
        TimeSpan? offset = null;
        if (date is not null && clock is not null && at < words.Length && UtcOffset(words[at]) is { } o) { offset = o; at++; }
        if (at != words.Length || (date is null && clock is null)) return false;
        value = new ShownTime(date, clock, offset, null);
        return true;
    }

    /// <summary><c>UTC</c>, <c>UTC+01:00</c>, <c>UTC-05</c> as <c>format.datetime</c> writes an offset.</summary>
    private static TimeSpan? UtcOffset(string text)
    {
        if (!text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase)) return null;
        var rest = text[3..];
        if (rest.Length == 0) return TimeSpan.Zero;
        if (rest[0] is not ('+' or '-' or '\u2212')) return null;
        var sign = rest[0] == '+' ? 1 : -1;
        var parts = rest[1..].Split(':');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours) || hours > 14) return null;
        var minutes = 0;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes > 59)) return null;
        return sign * new TimeSpan(hours, minutes, 0);
    }
}
