using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Figures;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests.Figures;

public sealed class TimelineFigureElementTests : IDisposable
{
    private readonly FontLibrary _fonts = new([]);

    public void Dispose() => _fonts.Dispose();

    private static TimelineChart Chart(int entries)
    {
        var start = new DateTimeOffset(2026, 3, 14, 9, 12, 0, TimeSpan.FromHours(1));
        string[] kinds = ["detection", "response", "escalation", "mitigation", "resolution", "other"];
        var marks = Enumerable.Range(0, entries)
            .Select(i => new TimelineMark(start.AddMinutes(i * 215.0 / Math.Max(1, entries - 1)), kinds[i % 6], $"Entry {i}: pool usage at 100%"))
            .ToList();
        return new TimelineChart(start, start.AddMinutes(215), start.AddMinutes(7), start.AddMinutes(106), start.AddMinutes(215), marks);
    }

    private RecordingCanvas Draw(TimelineChart chart, float width, out float height)
    {
        var element = new TimelineFigureElement(chart, _fonts, new Theme());
        var plan = element.Measure(new AvailableSpace(width, 1000));
        Assert.Equal(Fit.Full, plan.Fit);
        height = plan.Height;
        var canvas = new RecordingCanvas();
        element.Draw(canvas, 50, 100, new AvailableSpace(width, 1000));
        return canvas;
    }

    [Theory]
    [InlineData(6)]
    [InlineData(120)]
    public void Everything_it_draws_stays_inside_its_box(int entries)
    {
        var canvas = Draw(Chart(entries), 480, out var height);

        Assert.NotEmpty(canvas.Commands);
        foreach (var command in canvas.Commands)
        {
            var b = command.Bounds;
            Assert.True(b.X >= 49.5f && b.Right <= 50 + 480 + 0.5f, $"{command} leaves the figure horizontally");
            Assert.True(b.Y >= 99.5f && b.Bottom <= 100 + height + 0.5f, $"{command} leaves the figure vertically");
        }
    }

    [Fact]
    public void Labels_and_phase_durations_are_real_text()
    {
        var canvas = Draw(Chart(6), 480, out _);
        var texts = canvas.Commands.OfType<TextCommand>().Select(t => t.Text).ToList();

        Assert.Contains(texts, t => t.StartsWith("Entry 0", StringComparison.Ordinal)); // detection label
        Assert.Contains(texts, t => t is "Detect 7m" or "7m"); // the short form when the band is narrow
        Assert.Contains("Mitigate 1h 39m", texts);
        Assert.Contains(texts, t => t == "10:00" || t == "09:30");
    }

    [Fact]
    public void It_asks_for_the_next_page_rather_than_splitting()
    {
        var element = new TimelineFigureElement(Chart(6), _fonts, new Theme());

        Assert.Equal(Fit.Nothing, element.Measure(new AvailableSpace(480, 20)).Fit);
        Assert.Equal(Fit.Full, element.Measure(new AvailableSpace(480, 20, Forced: true)).Fit);
    }
}
