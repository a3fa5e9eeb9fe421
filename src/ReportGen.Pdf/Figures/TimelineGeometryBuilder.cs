using ReportGen.Document;
using static System.FormattableString;

namespace ReportGen.Pdf.Figures;

/// <summary>Computes <see cref="TimelineGeometry"/> for a <see cref="TimelineChart"/> at a given width. Pure: text
/// is measured through a delegate, so the same code serves PDF, PNG and geometry tests. Dates and numbers are
/// formatted with the invariant culture: the figure must not change with the machine's locale.</summary>
internal static class TimelineGeometryBuilder
{
    /// <summary>Kinds whose entries get a text label; the others get a marker only.</summary>
    private static readonly HashSet<string> LabelledKinds = ["detection", "escalation", "mitigation", "resolution"];

    /// <summary>Lays out the figure. <paramref name="measure"/> returns the width of a text at a font size.</summary>
    public static TimelineGeometry Compute(TimelineChart chart, double width, Func<string, double, double> measure, TimelineStyle? style = null)
    {
        style ??= new TimelineStyle();
        var start = chart.Start;
        var end = chart.End > start.AddMinutes(1) ? chart.End : start.AddMinutes(10); // a zero-length span still draws
        var axisLeft = style.SideMargin;
        var axisRight = width - style.SideMargin;
        double X(DateTimeOffset t)
        {
            var f = (t - start).TotalSeconds / (end - start).TotalSeconds;
            return axisLeft + Math.Clamp(f, 0, 1) * (axisRight - axisLeft);
        }

        var placement = LabelPlacer.Place(
            chart.Marks.Where(m => LabelledKinds.Contains(m.Kind)).OrderBy(m => m.At)
                .Select(m => (X(m.At), m.Kind, Shorten(m.Label, style.MaxLabelChars))).ToList(),
            width, measure, style);

        var labelsHeight = placement.RowsUsed * style.LabelRowHeight;
        var markerY = labelsHeight + 3 + style.MarkerSize / 2;
        var bandY = markerY + style.MarkerSize / 2 + 3;
        var axisY = bandY + style.BandHeight;
        var tickTop = axisY + 3;
        var tickHeight = style.TickFontSize * 1.3;

        var labels = placement.Labels.Select(p =>
        {
            var y = (placement.RowsUsed - 1 - p.Row) * style.LabelRowHeight;
            var box = new FigureRect(p.Left, y, p.Width, style.LabelRowHeight - 2);
            return new EntryLabel(p.Text, p.Kind, box, p.MarkerX, box.Bottom, markerY - style.MarkerSize / 2);
        }).ToList();
        var markers = chart.Marks.OrderBy(m => m.At).Select(m => new EntryMarker(X(m.At), markerY, m.Kind)).ToList();
        var bands = PhaseBands.Compute(chart, end, X, bandY, style, measure);
        var ticks = AxisTicks.Compute(start, end, chart.TimeZone, X, axisLeft, axisRight, tickTop, style, measure);
        var omitted = placement.Omitted;
        var zoneName = chart.TimeZone is { } z && z.Id != "UTC" && !z.Id.StartsWith("UTC", StringComparison.Ordinal) ? z.Id : null;
        var caption = (zoneName is null ? $"Times in UTC{FormatOffset(start.Offset)}" : $"Times in {zoneName}")
            + Invariant($", from {start:d MMM yyyy HH:mm}")
            + (omitted > 0 ? Invariant($"; {omitted} more labelled events in the timeline table") : "");
        var height = tickTop + tickHeight + style.TickFontSize * 1.6;
        return new TimelineGeometry(width, height, axisY, axisLeft, axisRight, ticks, bands, markers, labels, omitted, caption);
    }

    /// <summary>"7m", "1h 39m", "2d 3h".</summary>
    internal static string FormatDuration(TimeSpan d)
    {
        if (d.TotalMinutes < 1) return Invariant($"{Math.Max(0, (int)d.TotalSeconds)}s");
        if (d.TotalHours < 1) return Invariant($"{(int)d.TotalMinutes}m");
        if (d.TotalDays < 1) return d.Minutes == 0 ? Invariant($"{(int)d.TotalHours}h") : Invariant($"{(int)d.TotalHours}h {d.Minutes}m");
        return d.Hours == 0 ? Invariant($"{(int)d.TotalDays}d") : Invariant($"{(int)d.TotalDays}d {d.Hours}h");
    }

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "" : Invariant($"{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}");

    /// <summary>One line of at most <paramref name="max"/> characters, cut at a word with an ellipsis.</summary>
    internal static string Shorten(string text, int max)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= max) return oneLine;
        var cut = oneLine.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? oneLine[..cut] : oneLine[..GraphemesWithin(oneLine, max - 1)]).TrimEnd(',', ';', ':', '.') + "…";
    }

    /// <summary>The length of the longest start of <paramref name="text"/> made of whole graphemes (a letter with its
    /// accents, an emoji with its modifiers) that is at most <paramref name="max"/> characters.</summary>
    private static int GraphemesWithin(string text, int max)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + System.Globalization.StringInfo.GetNextTextElementLength(text.AsSpan(end));
            if (next > max)
                break;
            end = next;
        }
        return end;
    }
}
