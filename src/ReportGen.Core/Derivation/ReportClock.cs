namespace ReportGen.Core.Derivation;

/// <summary>Time-zone rules of the format: the report's zone, and bare HH:MM timeline times resolved on the day of
/// started_at in that zone, rolling over to the next day when they would otherwise go backwards.</summary>
internal static class ReportClock
{
    /// <summary>The IANA zone with this id, or null when the machine does not know it.</summary>
    public static TimeZoneInfo? FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>The zone given by <c>timezone</c>, else a fixed zone at started_at's offset.</summary>
    public static TimeZoneInfo ReportZone(TimeZoneInfo? named, DateTimeOffset startedAt)
    {
        if (named is not null) return named;
        var offset = startedAt.Offset;
        if (offset == TimeSpan.Zero) return TimeZoneInfo.Utc;
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm}");
        return TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
    }

    /// <summary>One resolved timeline time; <see cref="RolledFar"/> flags a bare time that had to jump more than
    /// 12 hours past the entry before it, which usually means the entries are out of order.</summary>
    public readonly record struct Resolved(DateTimeOffset At, bool RolledFar);

    /// <summary>Resolves each timeline time (TimeOnly for HH:MM, DateTimeOffset for a timestamp, null when invalid).</summary>
    public static Resolved?[] ResolveTimeline(DateTimeOffset startedAt, TimeZoneInfo zone, IReadOnlyList<object?> times)
    {
        var result = new Resolved?[times.Count];
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startedAt, zone).DateTime);
        DateTimeOffset? previous = null;
        for (var i = 0; i < times.Count; i++)
        {
            switch (times[i])
            {
                case DateTimeOffset absolute:
                    result[i] = new Resolved(absolute, false);
                    previous = absolute;
                    break;
                case TimeOnly clock:
                    // The first bare time may precede started_at (a deploy that caused it), but not by half a day.
                    var floor = previous ?? startedAt.AddHours(-12);
                    var at = AtLocal(day, clock, zone, floor);
                    var rolledFar = false;
                    if (at < floor)
                    {
                        day = day.AddDays((int)Math.Ceiling((floor - at).TotalDays));
                        at = AtLocal(day, clock, zone, floor);
                        if (at < floor) { day = day.AddDays(1); at = AtLocal(day, clock, zone, floor); }
                        rolledFar = previous is not null && at - previous.Value > TimeSpan.FromHours(12);
                    }
                    result[i] = new Resolved(at, rolledFar);
                    previous = at;
                    break;
            }
        }
        return result;
    }

    /// <summary>The instant a wall-clock time names in a zone. A time skipped by a DST jump is read with the offset
    /// before the jump (02:30 becomes 03:30 summer time); a repeated time takes the earliest reading not before
    /// <paramref name="notBefore"/>.</summary>
    public static DateTimeOffset AtLocal(DateOnly day, TimeOnly clock, TimeZoneInfo zone, DateTimeOffset notBefore)
    {
        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return new DateTimeOffset(local, zone.GetUtcOffset(local.AddHours(-6)));
        if (zone.IsAmbiguousTime(local))
        {
            var readings = zone.GetAmbiguousTimeOffsets(local)
                .Select(o => new DateTimeOffset(local, o)).OrderBy(t => t.UtcDateTime).ToList();
            return readings.FirstOrDefault(t => t >= notBefore, readings[^1]);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
