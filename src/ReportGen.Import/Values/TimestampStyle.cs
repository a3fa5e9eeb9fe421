using System.Globalization;
using System.Text;
using ReportGen.Core.Validation;

namespace ReportGen.Import.Values;

/// <summary>How a timestamp is written in the incident file (<c>2026-03-14T09:12:00Z</c>, <c>2026-03-14 09:12 +01:00</c>):
/// the separator between day and time, the hour's digits, seconds and their fraction, the space before the offset and the
/// offset's notation. A new value written in the style of the old one, at the old one's offset, changes only the digits
/// that changed.</summary>
internal sealed record TimestampStyle(string Separator, bool ShortHour, bool Seconds, int FractionDigits, string OffsetSpace,
    TimestampStyle.OffsetNotation Notation, TimeSpan Offset)
{
    /// <summary>How the offset is written.</summary>
    internal enum OffsetNotation { Zulu, ZuluLower, HoursColonMinutes, HoursMinutes, Hours }

    /// <summary>The style of <paramref name="text"/>, or null when it is not a timestamp with an offset.</summary>
    public static TimestampStyle? Of(string text)
    {
        var s = text.Trim();
        if (ScalarFormats.TryTimestamp(s, out var value) != ScalarFormats.TimestampStatus.Ok) return null;
        var i = 10;
        var separatorEnd = i;
        while (separatorEnd < s.Length && s[separatorEnd] is 'T' or 't' or ' ') separatorEnd++;
        var separator = s[i..separatorEnd];
        i = separatorEnd;
        var hourDigits = 0;
        while (i + hourDigits < s.Length && char.IsAsciiDigit(s[i + hourDigits])) hourDigits++;
        i += hourDigits + 3; // the hour, ':' and the minutes
        var seconds = i < s.Length && s[i] == ':';
        var fraction = 0;
        if (seconds)
        {
            i += 3;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i + fraction < s.Length && char.IsAsciiDigit(s[i + fraction])) fraction++;
                i += fraction;
            }
        }
        var spaceEnd = i;
        while (spaceEnd < s.Length && s[spaceEnd] == ' ') spaceEnd++;
        var offsetText = s[spaceEnd..];
        var notation = offsetText switch
        {
            "Z" => OffsetNotation.Zulu,
            "z" => OffsetNotation.ZuluLower,
            _ when offsetText.Contains(':', StringComparison.Ordinal) => OffsetNotation.HoursColonMinutes,
            _ when offsetText.Length == 3 => OffsetNotation.Hours,
            _ => OffsetNotation.HoursMinutes,
        };
        return new TimestampStyle(separator, hourDigits == 1, seconds, fraction, s[i..spaceEnd], notation, value.Offset);
    }

    /// <summary><paramref name="value"/> written in this style at this style's offset.</summary>
    public string Write(DateTimeOffset value) => WriteAt(value.ToOffset(Offset));

    /// <summary><paramref name="value"/> written in this style at its own offset (the notation adapts when it cannot
    /// say that offset: Z for a zero offset only, whole hours for <c>+01</c>).</summary>
    public string WriteAt(DateTimeOffset value)
    {
        var sb = new StringBuilder(32);
        sb.Append(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(Separator);
        sb.Append(value.ToString(ShortHour ? "H:mm" : "HH:mm", CultureInfo.InvariantCulture));
        if (Seconds)
        {
            sb.Append(value.ToString(":ss", CultureInfo.InvariantCulture));
            if (FractionDigits > 0)
                sb.Append('.').Append((value.Ticks % TimeSpan.TicksPerSecond).ToString("D7", CultureInfo.InvariantCulture).PadRight(FractionDigits, '0')[..FractionDigits]);
        }
        sb.Append(OffsetSpace);
        var offset = value.Offset;
        if (offset == TimeSpan.Zero && Notation is OffsetNotation.Zulu or OffsetNotation.ZuluLower)
            return sb.Append(Notation == OffsetNotation.Zulu ? 'Z' : 'z').ToString();
        sb.Append(offset < TimeSpan.Zero ? '-' : '+').Append(offset.Duration().Hours.ToString("00", CultureInfo.InvariantCulture));
        if (Notation == OffsetNotation.Hours && offset.Minutes == 0) return sb.ToString();
        if (Notation != OffsetNotation.HoursMinutes) sb.Append(':');
        return sb.Append(offset.Duration().Minutes.ToString("00", CultureInfo.InvariantCulture)).ToString();
    }
}
