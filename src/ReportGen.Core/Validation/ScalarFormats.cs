using System.Globalization;

namespace ReportGen.Core.Validation;

/// <summary>The timestamp, date and clock-time formats of the incident file: one hand-written parser each (no regex
/// per value), and the equivalent JSON Schema pattern next to it so both say the same thing.</summary>
internal static class ScalarFormats
{
    /// <summary>ECMA-262 pattern for a timestamp with an offset (for the JSON Schema).</summary>
    public const string TimestampPattern =
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt]| +)[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)? *([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)$";
    /// <summary>ECMA-262 pattern for a date.</summary>
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /// <summary>ECMA-262 pattern for a bare clock time.</summary>
    public const string ClockPattern = "^[0-9]{1,2}:[0-9]{2}$";

    /// <summary>Outcome of reading a timestamp.</summary>
    public enum TimestampStatus { Ok, NoOffset, Invalid }

    /// <summary>Reads <c>2026-03-14T09:12:00Z</c>, <c>2026-03-14 09:12 +01:00</c> and the like.</summary>
    public static TimestampStatus TryTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.AsSpan().Trim();
        if (s.Length < 10 || !TryDate(s[..10], out var date)) return TimestampStatus.Invalid;
        var i = 10;
        if (i < s.Length && (s[i] == 'T' || s[i] == 't')) i++;
        else { var spaces = i; while (i < s.Length && s[i] == ' ') i++; if (i == spaces) return TimestampStatus.Invalid; }
        if (!TryClockAt(s, ref i, out var hour, out var minute)) return TimestampStatus.Invalid;
        int second = 0; long ticks = 0;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            if (!TryDigits(s, ref i, 2, 2, out second) || second > 59) return TimestampStatus.Invalid;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                if (i == start) return TimestampStatus.Invalid;
                var frac = s[start..Math.Min(i, start + 7)].ToString().PadRight(7, '0');
                ticks = long.Parse(frac, CultureInfo.InvariantCulture);
            }
        }
        while (i < s.Length && s[i] == ' ') i++;
        if (i == s.Length) return TimestampStatus.NoOffset;
        TimeSpan offset;
        if (s[i] == 'Z' || s[i] == 'z') { offset = TimeSpan.Zero; i++; }
        else if (s[i] == '+' || s[i] == '-')
        {
            var sign = s[i] == '-' ? -1 : 1;
            i++;
            if (!TryDigits(s, ref i, 2, 2, out var oh)) return TimestampStatus.Invalid;
            var om = 0;
            if (i < s.Length && s[i] == ':') i++;
            if (i < s.Length && !TryDigits(s, ref i, 2, 2, out om)) return TimestampStatus.Invalid;
            if (oh > 14 || om > 59) return TimestampStatus.Invalid;
            offset = sign * new TimeSpan(oh, om, 0);
        }
        else return TimestampStatus.Invalid;
        if (i != s.Length) return TimestampStatus.Invalid;
        var local = date.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(ticks);
        value = new DateTimeOffset(local, offset);
        return TimestampStatus.Ok;
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> and checks that the day exists.</summary>
    public static bool TryDate(ReadOnlySpan<char> s, out DateOnly value)
    {
        value = default;
        s = s.Trim();
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        var i = 0;
        if (!TryDigits(s, ref i, 4, 4, out var y)) return false;
        i = 5;
        if (!TryDigits(s, ref i, 2, 2, out var m)) return false;
        i = 8;
        if (!TryDigits(s, ref i, 2, 2, out var d)) return false;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        value = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Why a <c>YYYY-MM-DD</c> (alone or starting a timestamp) names no real day: "February 2024 has 29
    /// days", "there is no month 13..."; null when it is not of that shape or the day exists.</summary>
    public static string? DateProblem(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || (s.Length > 10 && s[10] is not ('T' or 't' or ' '))) return null;
        int i = 0, j = 5, k = 8;
        if (!TryDigits(s, ref i, 4, 4, out var y) || !TryDigits(s, ref j, 2, 2, out var m) || !TryDigits(s, ref k, 2, 2, out var d) || y < 1)
            return null;
        if (m is < 1 or > 12) return $"there is no month {m:00}; months run from 01 to 12";
        if (d < 1) return "days start at 01";
        var days = DateTime.DaysInMonth(y, m);
        if (d <= days) return null;
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m);
        return $"{month} {y.ToString(CultureInfo.InvariantCulture)} has {days} days";
    }

    /// <summary>Reads a bare <c>HH:MM</c> (or <c>H:MM</c>).</summary>
    public static bool TryClock(string text, out TimeOnly value)
    {
        value = default;
        var s = text.AsSpan().Trim();
        var i = 0;
        if (!TryClockAt(s, ref i, out var h, out var m) || i != s.Length) return false;
        value = new TimeOnly(h, m);
        return true;
    }

    private static bool TryClockAt(ReadOnlySpan<char> s, ref int i, out int hour, out int minute)
    {
        minute = 0;
        if (!TryDigits(s, ref i, 1, 2, out hour) || hour > 23) return false;
        if (i >= s.Length || s[i] != ':') return false;
        i++;
        return TryDigits(s, ref i, 2, 2, out minute) && minute <= 59;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, ref int i, int min, int max, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < max && char.IsAsciiDigit(s[i])) value = value * 10 + (s[i++] - '0');
        return i - start >= min;
    }
}
