using ReportGen.Document;
using ReportGen.Pdf.Figures;

namespace ReportGen.Pdf.Tests.Figures;

public sealed class TimelineGeometryBuilderTests
{
    // Roughly Liberation Sans: half an em per character on average. Geometry rules do not depend on the exact font.
    private static double Measure(string text, double size) => text.Length * size * 0.5;

    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 12, 0, TimeSpan.FromHours(1));

    private static TimelineChart Outage(int entries, TimeSpan span, bool resolved = true, bool detected = true)
    {
        string[] kinds = ["detection", "response", "escalation", "mitigation", "resolution", "other"];
        var marks = Enumerable.Range(0, entries)
            .Select(i => new TimelineMark(Start + span * (i / (double)Math.Max(1, entries - 1)), kinds[i % kinds.Length], $"Event number {i} with a fairly long description"))
            .ToList();
        return new TimelineChart(Start, Start + span,
            detected ? Start.AddMinutes(7) : null, Start + span * 0.6, resolved ? Start + span : null, marks);
    }

    private static void AssertClean(TimelineGeometry g)
    {
        foreach (var label in g.Labels)
        {
            Assert.InRange(label.Box.X, 0, g.Width);
            Assert.InRange(label.Box.Right, 0, g.Width);
            Assert.True(label.Box.Bottom <= label.LeaderBottom + 0.01, "label must sit above its marker");
        }
        for (var i = 0; i < g.Labels.Count; i++)
            for (var j = i + 1; j < g.Labels.Count; j++)
                Assert.False(g.Labels[i].Box.Overlaps(g.Labels[j].Box), $"labels '{g.Labels[i].Text}' and '{g.Labels[j].Text}' overlap");
        // No leader line runs through another label.
        foreach (var a in g.Labels)
            foreach (var b in g.Labels.Where(b => b != a))
                Assert.False(a.MarkerX > b.Box.X && a.MarkerX < b.Box.Right && b.Box.Y >= a.LeaderTop && b.Box.Bottom <= a.LeaderBottom,
                    $"leader of '{a.Text}' crosses '{b.Text}'");
        for (var i = 1; i < g.Ticks.Count; i++)
            Assert.True(g.Ticks[i].LabelBox.X > g.Ticks[i - 1].LabelBox.Right, "tick labels overlap");
        // Labels stay above the band, ticks below the axis.
        var bandTop = g.Bands.Count > 0 ? g.Bands.Min(b => b.Box.Y) : g.AxisY;
        Assert.All(g.Labels, l => Assert.True(l.Box.Bottom < bandTop));
        Assert.All(g.Ticks, t => Assert.True(t.LabelBox.Y >= g.AxisY));
        Assert.All(g.Ticks, t => Assert.True(t.LabelBox.Bottom <= g.Height));
    }

    [Fact]
    public void A_dense_night_of_120_entries_has_no_colliding_labels_and_counts_what_it_left_out()
    {
        var g = TimelineGeometryBuilder.Compute(Outage(120, TimeSpan.FromHours(8)), 480, Measure);

        AssertClean(g);
        Assert.Equal(120, g.Markers.Count);
        Assert.True(g.OmittedLabels > 0);
        Assert.Contains($"{g.OmittedLabels} more labelled events", g.AxisCaption);
        Assert.NotEmpty(g.Labels);
    }

    [Fact]
    public void A_sparse_timeline_labels_every_important_entry()
    {
        var g = TimelineGeometryBuilder.Compute(Outage(6, TimeSpan.FromMinutes(27)), 480, Measure);

        AssertClean(g);
        Assert.Equal(4, g.Labels.Count); // detection, escalation, mitigation, resolution
        Assert.Equal(0, g.OmittedLabels);
        Assert.All(g.Ticks, t => Assert.Matches(@"^\d\d:\d\d$", t.Label));
    }

    [Fact]
    public void A_short_outage_ticks_in_minutes_and_a_long_one_in_hours()
    {
        var shortTicks = TimelineGeometryBuilder.Compute(Outage(4, TimeSpan.FromMinutes(27)), 480, Measure).Ticks;
        var longTicks = TimelineGeometryBuilder.Compute(Outage(4, TimeSpan.FromHours(20)), 480, Measure).Ticks;

        Assert.True((TimeOnly.Parse(shortTicks[1].Label) - TimeOnly.Parse(shortTicks[0].Label)).TotalMinutes <= 10);
        Assert.All(longTicks.Where(t => t.Label.Contains(':')), t => Assert.EndsWith(":00", t.Label));
    }

    [Fact]
    public void A_day_spanning_incident_shows_dates_on_the_axis()
    {
        var g = TimelineGeometryBuilder.Compute(Outage(10, TimeSpan.FromDays(3)), 480, Measure);

        AssertClean(g);
        Assert.Contains(g.Ticks, t => t.Label.Contains("Mar"));
    }

    [Fact]
    public void A_draft_without_resolved_at_ends_in_an_ongoing_band()
    {
        var g = TimelineGeometryBuilder.Compute(Outage(5, TimeSpan.FromHours(2), resolved: false), 480, Measure);

        Assert.Equal("ongoing", g.Bands[^1].Phase);
        Assert.DoesNotContain(g.Bands, b => b.Phase == "resolve");
    }

    [Fact]
    public void Without_a_detection_time_there_is_no_detect_band()
    {
        var g = TimelineGeometryBuilder.Compute(Outage(5, TimeSpan.FromHours(2), detected: false), 480, Measure);

        Assert.DoesNotContain(g.Bands, b => b.Phase == "detect");
        Assert.Equal(["mitigate", "resolve"], g.Bands.Select(b => b.Phase));
        Assert.Equal(g.AxisLeft, g.Bands[0].Box.X, 3);
    }

    [Fact]
    public void Band_labels_show_the_phase_duration_and_only_when_they_fit()
    {
        var g = TimelineGeometryBuilder.Compute(Outage(5, TimeSpan.FromHours(2)), 480, Measure);

        var detect = g.Bands.Single(b => b.Phase == "detect");
        Assert.True(detect.Label is null || detect.Label.Contains("7m"));
        foreach (var band in g.Bands.Where(b => b.LabelBox is not null))
            Assert.True(band.LabelBox!.Value.X >= band.Box.X && band.LabelBox.Value.Right <= band.Box.Right);
        Assert.Contains(g.Bands, b => b.Label == "Mitigate 1h 5m");
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(7, "7m")]
    [InlineData(99, "1h 39m")]
    [InlineData(120, "2h")]
    [InlineData(3 * 1440 + 180, "3d 3h")]
    public void Durations_read_like_a_person_writes_them(int minutes, string expected) =>
        Assert.Equal(expected, TimelineGeometryBuilder.FormatDuration(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Across_a_daylight_saving_change_axis_labels_follow_the_report_clock()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var start = TimeZoneInfo.ConvertTime(new DateTimeOffset(2026, 3, 28, 22, 40, 0, TimeSpan.Zero), berlin); // 23:40 CET
        var end = start.AddHours(4);                                                                              // 04:40 CEST
        var chart = new TimelineChart(start, end, null, null, end, [new TimelineMark(end, "resolution", "Resolved")]) { TimeZone = berlin };

        var g = TimelineGeometryBuilder.Compute(chart, 480, Measure);

        var labels = g.Ticks.Select(t => t.Label).ToList();
        Assert.Contains("03:00", labels);
        Assert.DoesNotContain("02:00", labels); // that hour does not exist in Berlin on 29 March
        Assert.StartsWith("Times in Europe/Berlin", g.AxisCaption);
    }
}
