using System.Globalization;

namespace ReportGen.Pdf.Figures;

/// <summary>Picks a tick interval a reader expects (minutes for a short outage, hours for a long one, days across
/// days) so that tick labels never collide, and aligns ticks to round clock times in the chart's offset.</summary>
internal static class AxisTicks
{
    private static readonly int[] IntervalsInMinutes = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080, 20160, 43200];

    public static IReadOnlyList<AxisTick> Compute(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo? zone, Func<DateTimeOffset, double> x,
        double axisLeft, double axisRight, double top, TimelineStyle style, Func<string, double, double> measure)
    {
        // Labels read the report's clock: across a DST change the instants stay evenly spaced and the labels jump.
        Func<DateTimeOffset, DateTimeOffset> toLocal = zone is null ? t => t : t => TimeZoneInfo.ConvertTime(t, zone);
        var spansDays = start.Date != end.ToOffset(start.Offset).Date;
        foreach (var minutes in IntervalsInMinutes)
        {
            var ticks = Build(start, end, minutes, spansDays, toLocal, x, top, style, measure);
            if (ticks.Count >= 2 && !Collides(ticks, axisLeft, axisRight) || minutes == IntervalsInMinutes[^1])
                return ticks.Where(t => t.LabelBox.X >= axisLeft - 4 && t.LabelBox.Right <= axisRight + 4).ToList();
            if (ticks.Count < 2 && (end - start).TotalMinutes < minutes)
                return ticks;
        }
        return [];
    }

    private static List<AxisTick> Build(DateTimeOffset start, DateTimeOffset end, int minutes, bool spansDays,
        Func<DateTimeOffset, DateTimeOffset> toLocal, Func<DateTimeOffset, double> x, double top, TimelineStyle style, Func<string, double, double> measure)
    {
        var ticks = new List<AxisTick>();
        var step = TimeSpan.FromMinutes(minutes);
        // Align to a round local time: midnight for day steps, the hour for hour steps, the step otherwise.
        var local = start.DateTime;
        var dayStart = new DateTimeOffset(local.Date, start.Offset);
        var t = dayStart;
        while (t < start) t += step;
        for (var guard = 0; t <= end && guard < 500; guard++, t += step)
        {
            var label = Label(toLocal(t), minutes, spansDays);
            var w = measure(label, style.TickFontSize);
            var px = x(t);
            ticks.Add(new AxisTick(px, label, new FigureRect(px - w / 2, top, w, style.TickFontSize * 1.3)));
        }
        return ticks;
    }

    private static string Label(DateTimeOffset t, int minutes, bool spansDays)
    {
        var c = CultureInfo.InvariantCulture;
        if (minutes >= 1440) return t.ToString("d MMM", c);
        if (spansDays && t.TimeOfDay == TimeSpan.Zero) return t.ToString("d MMM", c);
        return t.ToString("HH:mm", c);
    }

    private static bool Collides(List<AxisTick> ticks, double left, double right)
    {
        for (var i = 1; i < ticks.Count; i++)
            if (ticks[i].LabelBox.X < ticks[i - 1].LabelBox.Right + 6)
                return true;
        return false;
    }
}
