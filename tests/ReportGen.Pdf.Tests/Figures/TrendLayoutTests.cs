using ReportGen.Document;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Figures;

/// <summary>The review's trend figure: round value ticks, bars proportional to their counts, labels that never collide
/// or leave the figure, every column's total, thinning when columns crowd.</summary>
public sealed class TrendLayoutTests
{
    private static double Measure(string text, double size) => text.Length * size * 0.55;

    private static readonly ChartSeries[] Severities =
        [new("Critical", "severity-critical"), new("High", "severity-high"), new("Medium", "severity-medium"), new("Low", "severity-low")];

    internal static TrendChart Months(int count, Func<int, int[]> values)
    {
        string[] names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        var columns = Enumerable.Range(0, count).Select(i => new ChartColumn(names[i % 12], i % 12 == 0 ? (2026 + i / 12).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, values(i))).ToList();
        return new TrendChart(Severities, columns, "Month", "Incidents");
    }

    private static void AssertClean(TrendGeometry g)
    {
        var texts = g.Texts.ToList();
        foreach (var t in texts)
        {
            Assert.InRange(t.Box.X, -0.01, g.Width);
            Assert.InRange(t.Box.Right, 0, g.Width + 0.01);
            Assert.InRange(t.Box.Bottom, 0, g.Height + 0.01);
        }
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
                Assert.False(texts[i].Box.Overlaps(texts[j].Box), $"'{texts[i].Text}' and '{texts[j].Text}' overlap");
        foreach (var s in g.Segments)
        {
            Assert.True(s.Box.Y >= g.Plot.Y - 0.01 && s.Box.Bottom <= g.Plot.Bottom + 0.01, "a bar leaves the plot");
            Assert.DoesNotContain(texts, t => t.Box.Overlaps(s.Box));
        }
        Assert.True(g.ValueTitle.Box.Right <= g.ValueTicks.Min(t => t.Label.Box.X), "the axis title runs into the tick labels");
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(7, 2, 8)]
    [InlineData(23, 5, 25)]
    [InlineData(41, 10, 50)]
    [InlineData(1234, 250, 1250)]
    public void The_value_axis_uses_a_round_step_and_at_most_five_intervals(int max, int step, int top)
    {
        Assert.Equal((step, top), TrendLayout.ValueScale(max));
    }

    [Fact]
    public void Bars_stack_by_severity_in_proportion_and_show_their_totals()
    {
        var chart = Months(3, i => [i, 2, 1, 3]);
        var g = TrendLayout.Compute(chart, 480, Measure);
        AssertClean(g);
        Assert.Equal(["Critical", "High", "Medium", "Low"], g.Legend.Select(l => l.Text.Text));
        Assert.Equal(["6", "7", "8"], g.Totals.Select(t => t.Text));
        var perIncident = g.Plot.Height / g.ValueTicks[^1].Value;
        // Column 3: critical 2, high 2, medium 1, low 3, bottom up, each as tall as its count (less the hairline gap).
        var third = g.Segments.Where(s => s.Box.X > g.Plot.X + g.Plot.Width * 2 / 3).OrderByDescending(s => s.Box.Y).ToList();
        Assert.Equal([0, 1, 2, 3], third.Select(s => s.Series));
        Assert.Equal([2, 2, 1, 3], third.Select(s => (int)Math.Round((s.Box.Height + 0.6) / perIncident)));
        Assert.Equal(g.Plot.Bottom, third[0].Box.Bottom + 0.6, 3);
    }

    [Fact]
    public void Sixty_months_thin_the_labels_and_keep_every_year()
    {
        var g = TrendLayout.Compute(Months(60, i => [i % 3, i % 5, 1, 0]), 480, Measure);
        AssertClean(g);
        Assert.InRange(g.ColumnLabels.Count, 2, 59);
        Assert.Equal(["2026", "2027", "2028", "2029", "2030"], g.GroupLabels.Select(l => l.Text));
        Assert.Equal(60, g.Segments.Select(s => s.Box.X).Distinct().Count());
    }

    [Fact]
    public void An_empty_period_draws_the_axes_and_says_so()
    {
        var g = TrendLayout.Compute(Months(3, _ => [0, 0, 0, 0]), 480, Measure);
        AssertClean(g);
        Assert.Empty(g.Segments);
        Assert.Empty(g.Totals);
        Assert.Equal("No incidents in this period", g.EmptyNote?.Text);
    }

    [Fact]
    public void The_png_is_deterministic_and_shows_the_series_colours()
    {
        var chart = Months(6, i => [1, i, 2, 1]);
        var renderer = new FigurePngRenderer(SharedWriter.Instance, new Theme());
        var a = renderer.Render(chart, 481.9);
        var b = renderer.Render(chart, 481.9);
        Assert.Equal(a.Bytes, b.Bytes);
        Assert.Equal((int)Math.Ceiling(481.9 * 220 / 72), a.PixelWidth);
        if (Environment.GetEnvironmentVariable("TREND_PNG") is { } path) File.WriteAllBytes(path, a.Bytes);
        using var bitmap = SkiaSharp.SKBitmap.Decode(a.Bytes);
        var colours = new HashSet<SkiaSharp.SKColor>();
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
                colours.Add(bitmap.GetPixel(x, y));
        foreach (var tone in new[] { "severity-critical", "severity-high", "severity-medium", "severity-low" })
        {
            var fill = new Theme().FindTone(tone)!.Fill;
            Assert.Contains(new SkiaSharp.SKColor(fill.R, fill.G, fill.B), colours);
        }
    }
}
