using System.Globalization;
using ReportGen.Document;

namespace ReportGen.Pdf.Figures;

/// <summary>Lays out the trend figure for a width: a legend on top, a value axis with round ticks and gridlines, one
/// stacked bar per column with its total above it, column labels thinned to every k-th when they would touch, the
/// year under the first column and wherever it changes, and both axis titles.</summary>
internal static class TrendLayout
{
    private const double TickSize = 6.5, LabelSize = 7, TotalSize = 6.5, TitleSize = 7, LegendSize = 7;
    private const double PlotHeight = 140, Swatch = 7, Gap = 4;
    private static readonly int[] Steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000];

    /// <summary>The geometry for <paramref name="width"/> points; <paramref name="measure"/> gives a text's width at a size.</summary>
    public static TrendGeometry Compute(TrendChart chart, double width, Func<string, double, double> measure)
    {
        var (step, top) = ValueScale(chart.MaxTotal);
        var tickValues = Enumerable.Range(0, top / step + 1).Select(i => i * step).ToList();
        var tickWidth = tickValues.Max(v => measure(Number(v), TickSize));
        var plotLeft = TitleSize + 2 * Gap + tickWidth;
        var plotRight = width - Gap;
        var legend = Legend(chart, plotLeft, measure);
        var plotTop = LegendSize + 2 * Gap + TotalSize + 2; // the legend, then room for the tallest column's total
        var plot = new FigureRect(plotLeft, plotTop, Math.Max(10, plotRight - plotLeft), PlotHeight);
        double Y(double value) => plot.Bottom - value / top * plot.Height;

        var ticks = tickValues.Select(v =>
        {
            var w = measure(Number(v), TickSize);
            return new ValueTick(v, Y(v), new PlacedText(Number(v), new FigureRect(plot.X - Gap - w, Y(v) - TickSize / 2 - 1, w, TickSize + 2),
                Y(v) + TickSize * 0.35, TickSize));
        }).ToList();

        var n = Math.Max(1, chart.Columns.Count);
        var slot = plot.Width / n;
        var barWidth = Math.Min(slot * 0.62, 36);
        var segments = new List<BarSegment>();
        var totals = new List<PlacedText>();
        for (var c = 0; c < chart.Columns.Count; c++)
        {
            var column = chart.Columns[c];
            var centre = plot.X + slot * (c + 0.5);
            double stacked = 0;
            for (var s = 0; s < column.Values.Count; s++)
            {
                if (column.Values[s] <= 0) continue;
                var y0 = Y(stacked);
                stacked += column.Values[s];
                var y1 = Y(stacked);
                // A hairline of white between segments keeps neighbouring tones apart in print.
                segments.Add(new BarSegment(s, new FigureRect(centre - barWidth / 2, y1, barWidth, Math.Max(0.5, y0 - y1 - 0.6))));
            }
            var total = Number(column.Total);
            var tw = measure(total, TotalSize);
            if (column.Total > 0 && tw <= slot - 1)
                totals.Add(new PlacedText(total, new FigureRect(centre - tw / 2, Y(stacked) - TotalSize - 3, tw, TotalSize + 1), Y(stacked) - 3, TotalSize));
        }

        var labelTop = plot.Bottom + Gap;
        var labels = ColumnLabels(chart, plot, slot, labelTop, measure, out var shown);
        var groupTop = labelTop + LabelSize + 3;
        var groups = GroupLabels(chart, plot, slot, groupTop, shown, measure);
        var titleTop = groupTop + (groups.Count > 0 ? LabelSize + 5 : 2);
        var titleWidth = measure(chart.CategoryTitle, TitleSize);
        var categoryTitle = new PlacedText(chart.CategoryTitle, new FigureRect(plot.X + plot.Width / 2 - titleWidth / 2, titleTop, titleWidth, TitleSize + 2),
            titleTop + TitleSize, TitleSize, Bold: true);
        var valueTitleWidth = measure(chart.ValueTitle, TitleSize);
        // Drawn turned a quarter left, reading upwards, centred on the plot's height; the box is its footprint.
        var valueTitle = new PlacedText(chart.ValueTitle, new FigureRect(0, plot.Y + plot.Height / 2 - valueTitleWidth / 2, TitleSize + 2, valueTitleWidth),
            TitleSize, TitleSize, Bold: true);
        PlacedText? empty = null;
        if (chart.MaxTotal == 0)
        {
            const string note = "No incidents in this period";
            var w = measure(note, LabelSize);
            empty = new PlacedText(note, new FigureRect(plot.X + plot.Width / 2 - w / 2, plot.Y + plot.Height / 2 - LabelSize, w, LabelSize + 2),
                plot.Y + plot.Height / 2, LabelSize);
        }
        return new TrendGeometry(width, categoryTitle.Box.Bottom + 2, plot, legend, ticks, segments, labels, groups, totals,
            categoryTitle, valueTitle, empty);
    }

    /// <summary>A round step giving at most five intervals, and the top of the axis (a multiple of it, at least 1).</summary>
    internal static (int Step, int Top) ValueScale(int max)
    {
        if (max <= 0) return (1, 1);
        var step = Steps.FirstOrDefault(s => (max + s - 1) / s <= 5, (max + 4) / 5);
        return (step, (max + step - 1) / step * step);
    }

    private static List<LegendEntry> Legend(TrendChart chart, double left, Func<string, double, double> measure)
    {
        var entries = new List<LegendEntry>();
        var x = left;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var name = chart.Series[s].Name;
            var w = measure(name, LegendSize);
            entries.Add(new LegendEntry(s, new FigureRect(x, 1, Swatch, Swatch),
                new PlacedText(name, new FigureRect(x + Swatch + 3, 0, w, LegendSize + 2), LegendSize, LegendSize)));
            x += Swatch + 3 + w + 12;
        }
        return entries;
    }

    /// <summary>Every k-th column's label, k the smallest that keeps neighbouring labels apart.</summary>
    private static List<PlacedText> ColumnLabels(TrendChart chart, FigureRect plot, double slot, double top,
        Func<string, double, double> measure, out HashSet<int> shown)
    {
        var widths = chart.Columns.Select(c => measure(c.Label, LabelSize)).ToList();
        var every = 1;
        while (every < chart.Columns.Count && !Fits(widths, slot, every)) every++;
        var labels = new List<PlacedText>();
        shown = [];
        for (var c = 0; c < chart.Columns.Count; c += every)
        {
            var centre = plot.X + slot * (c + 0.5);
            var box = Clamp(new FigureRect(centre - widths[c] / 2, top, widths[c], LabelSize + 2), plot);
            labels.Add(new PlacedText(chart.Columns[c].Label, box, top + LabelSize, LabelSize));
            shown.Add(c);
        }
        return labels;
    }

    private static bool Fits(List<double> widths, double slot, int every)
    {
        for (var c = every; c < widths.Count; c += every)
            if (slot * every - (widths[c - every] + widths[c]) / 2 < 4) return false;
        return true;
    }

    /// <summary>Group labels (years) start under the first column and wherever the group changes; one that would touch
    /// the previous is dropped.</summary>
    private static List<PlacedText> GroupLabels(TrendChart chart, FigureRect plot, double slot, double top, HashSet<int> shown,
        Func<string, double, double> measure)
    {
        var groups = new List<PlacedText>();
        for (var c = 0; c < chart.Columns.Count; c++)
        {
            if (chart.Columns[c].GroupLabel is not { } text) continue;
            var w = measure(text, LabelSize);
            var x = shown.Contains(c) ? plot.X + slot * (c + 0.5) - w / 2 : plot.X + slot * c;
            var box = Clamp(new FigureRect(x, top, w, LabelSize + 2), plot);
            if (groups.Count > 0 && box.X < groups[^1].Box.Right + 6) continue;
            groups.Add(new PlacedText(text, box, top + LabelSize, LabelSize, Bold: true));
        }
        return groups;
    }

    private static FigureRect Clamp(FigureRect box, FigureRect plot) =>
        box with { X = Math.Max(plot.X - 2, Math.Min(box.X, plot.Right + 2 - box.Width)) };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
