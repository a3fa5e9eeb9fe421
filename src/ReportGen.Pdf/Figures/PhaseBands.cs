using ReportGen.Document;

namespace ReportGen.Pdf.Figures;

/// <summary>The coloured bands between start, detection, mitigation and resolution. A band is drawn only between
/// points that exist; a draft without resolved_at ends in an "ongoing" band up to the last entry.</summary>
internal static class PhaseBands
{
    public static IReadOnlyList<PhaseBand> Compute(TimelineChart chart, DateTimeOffset end, Func<DateTimeOffset, double> x,
        double y, TimelineStyle style, Func<string, double, double> measure)
    {
        var points = new List<(DateTimeOffset At, string Phase, string Name)> { (chart.Start, "", "") };
        if (chart.DetectedAt is { } d && d > chart.Start) points.Add((d, "detect", "Detect"));
        if (chart.MitigatedAt is { } m && m > points[^1].At) points.Add((m, "mitigate", "Mitigate"));
        if (chart.ResolvedAt is { } r && r > points[^1].At) points.Add((r, "resolve", "Resolve"));
        else if (end > points[^1].At) points.Add((end, "ongoing", "Ongoing"));

        var bands = new List<PhaseBand>();
        for (var i = 1; i < points.Count; i++)
        {
            var left = x(points[i - 1].At);
            var box = new FigureRect(left, y, Math.Max(0.5, x(points[i].At) - left), style.BandHeight);
            var duration = TimelineGeometryBuilder.FormatDuration(points[i].At - points[i - 1].At);
            var label = FirstThatFits(box.Width - 3, measure, style.LabelFontSize, $"{points[i].Name} {duration}", duration);
            FigureRect? labelBox = label is null ? null
                : new FigureRect(box.X + (box.Width - measure(label, style.LabelFontSize)) / 2, y + (style.BandHeight - style.LabelFontSize) / 2,
                    measure(label, style.LabelFontSize), style.LabelFontSize);
            bands.Add(new PhaseBand(points[i].Phase, box, label, labelBox));
        }
        return bands;
    }

    private static string? FirstThatFits(double room, Func<string, double, double> measure, double size, params string[] candidates) =>
        candidates.FirstOrDefault(c => measure(c, size) <= room);
}
