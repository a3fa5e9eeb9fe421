using ReportGen.Core.Derivation;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Derivation;

/// <summary>Derived figures are never negative: validation refuses impossible times, and the calculator itself
/// leaves a negative span absent rather than print "Time to detect: -10 min" if an incident is ever built some
/// other way.</summary>
public class FigureCalculatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static Incident Build(DateTimeOffset? detected, DateTimeOffset? mitigated, DateTimeOffset? resolved) => new()
    {
        Id = "INC-1",
        Title = "T",
        Severity = Severity.Low,
        StartedAt = Start,
        DetectedAt = detected,
        MitigatedAt = mitigated,
        ResolvedAt = resolved,
        Timeline = [new TimelineEntry { At = Start, AtText = "09:00", Event = "E" }],
    };

    [Fact]
    public void Spans_before_the_start_are_absent_not_negative()
    {
        var figures = FigureCalculator.Compute(Build(Start.AddMinutes(-10), Start.AddHours(-1), Start.AddDays(-1)), TimeZoneInfo.Utc);
        Assert.Equal((null, null, null, null), (figures.TimeToDetect, figures.TimeToMitigate, figures.Duration, figures.TimeToResolve));
    }

    [Fact]
    public void Ordinary_spans_are_kept()
    {
        var figures = FigureCalculator.Compute(Build(Start.AddMinutes(7), Start.AddMinutes(50), Start.AddHours(2)), TimeZoneInfo.Utc);
        Assert.Equal((TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(50), TimeSpan.FromHours(2)),
            (figures.TimeToDetect!.Value, figures.TimeToMitigate!.Value, figures.Duration!.Value));
    }
}
