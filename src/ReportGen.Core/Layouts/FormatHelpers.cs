using System.Globalization;

namespace ReportGen.Core.Layouts;

/// <summary>The <c>format</c> helpers a layout calls: durations, times and dates as the report prints them.
/// Culture-invariant and never based on the clock, so output is the same on every machine.</summary>
internal static class FormatHelpers
{
    /// <summary><c>7 min</c>, <c>1 h 46 min</c>, <c>2 d 3 h</c>, <c>45 s</c>; empty for null.</summary>
    public static string Duration(object? value)
    {
        if (value is not TimeSpan span) return "";
        var negative = span < TimeSpan.Zero;
        if (negative) span = span.Negate();
        var text = span.TotalMinutes < 1 && span.Seconds > 0 ? Number((int)span.TotalSeconds) + " s"
            : span.TotalHours < 1 ? Number((int)span.TotalMinutes) + " min"
            : span.TotalDays < 1 ? Join(Number((int)span.TotalHours) + " h", span.Minutes, "min")
            : Join(Number((int)span.TotalDays) + " d", span.Hours, "h");
        return negative ? "-" + text : text;
    }

    /// <summary><c>09:12</c> (the time is already in the report's zone).</summary>
    public static string Time(object? value) => value switch
    {
        DateTimeOffset t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary><c>2026-03-14</c> for a date or a timestamp.</summary>
    public static string Date(object? value) => value switch
    {
        DateTimeOffset t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary><c>2026-03-14 10:12 UTC+01:00</c> (or <c>UTC</c> for a zero offset).</summary>
    public static string DateTime(object? value)
    {
        if (value is not DateTimeOffset t) return "";
        var offset = t.Offset == TimeSpan.Zero ? "UTC"
            : "UTC" + (t.Offset < TimeSpan.Zero ? "-" : "+") + t.Offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
        return t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + offset;
    }

    /// <summary>Which item a link opens, for its text (a screen reader lists links by their text alone): the last
    /// segment of the URL's path, <c>https://tracker.example/PAY-1234</c> → <c>PAY-1234</c>; a number keeps the segment
    /// before it (<c>…/issues/42</c> → <c>issues/42</c>); the host when there is no path; the value itself when it is
    /// not an absolute URL. Empty for a URL other than http or https (<c>javascript:…</c>, <c>mailto:…</c>): such a
    /// target is not an item, and may print as text beside the link text, which must not repeat it. Percent-escapes are decoded, the query and
    /// fragment dropped.</summary>
    public static string LinkItem(object? value)
    {
        if (value is not string text || text.Length == 0) return "";
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || !uri.IsAbsoluteUri) return text;
        if (uri.Scheme is not ("http" or "https") || uri.Host.Length == 0) return "";
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return uri.Host;
        var last = Uri.UnescapeDataString(segments[^1]);
        return segments.Length > 1 && last.All(char.IsAsciiDigit)
            ? Uri.UnescapeDataString(segments[^2]) + "/" + last
            : last;
    }

    private static string Join(string major, int minor, string unit) => minor == 0 ? major : $"{major} {Number(minor)} {unit}";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
