using ReportGen.Core.Derivation;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Derivation;

/// <summary>Bare HH:MM times, time zones and derived durations, including the tricky cases.</summary>
public class ReportClockTests
{
    private static readonly TimeZoneInfo Berlin = ReportClock.FindZone("Europe/Berlin")!;
    private static readonly TimeZoneInfo NewYork = ReportClock.FindZone("America/New_York")!;

    private static DateTimeOffset[] Resolve(string startedAt, TimeZoneInfo zone, params string[] clocks) =>
        ReportClock.ResolveTimeline(DateTimeOffset.Parse(startedAt), zone,
            clocks.Select(c => (object?)TimeOnly.Parse(c)).ToList()).Select(r => r!.Value.At).ToArray();

    [Fact]
    public void Times_roll_over_midnight_when_they_would_go_backwards()
    {
        var at = Resolve("2026-06-10T23:30:00+02:00", Berlin, "23:30", "23:55", "00:10", "02:00");
        Assert.Equal(DateTimeOffset.Parse("2026-06-11T00:10:00+02:00"), at[2]);
        Assert.Equal(DateTimeOffset.Parse("2026-06-11T02:00:00+02:00"), at[3]);
    }

    [Fact]
    public void A_multi_day_incident_rolls_over_each_midnight()
    {
        var at = Resolve("2026-06-10T22:00:00Z", TimeZoneInfo.Utc, "22:00", "03:00", "21:00", "01:00");
        Assert.Equal(DateTimeOffset.Parse("2026-06-12T01:00:00Z"), at[3]);
    }

    [Fact]
    public void First_time_may_precede_started_at_on_the_same_day()
    {
        var at = Resolve("2026-06-10T09:12:00Z", TimeZoneInfo.Utc, "09:02", "09:12");
        Assert.Equal(DateTimeOffset.Parse("2026-06-10T09:02:00Z"), at[0]);
    }

    [Fact]
    public void Clock_times_are_read_in_the_report_zone_not_in_started_at_offset()
    {
        // started_at is written in UTC; the report zone is New York, where it was 22:30 on the 9th.
        var at = Resolve("2026-06-10T02:30:00Z", NewYork, "22:30", "23:10", "00:05");
        Assert.Equal(DateTimeOffset.Parse("2026-06-09T22:30:00-04:00"), at[0]);
        Assert.Equal(DateTimeOffset.Parse("2026-06-10T00:05:00-04:00"), at[2]);
    }

    [Fact]
    public void Spring_forward_gap_time_moves_past_the_gap()
    {
        // 2026-03-29 02:30 does not exist in Berlin; it is read with the winter offset: 01:30Z = 03:30 CEST.
        var at = Resolve("2026-03-29T01:45:00+01:00", Berlin, "01:45", "02:30", "03:45");
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:30:00Z"), at[1]);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T03:45:00+02:00"), at[2]);
    }

    [Fact]
    public void Fall_back_repeated_hour_takes_the_reading_that_keeps_order()
    {
        // 2026-10-25 02:00-03:00 happens twice in Berlin (CEST then CET).
        var at = Resolve("2026-10-25T02:10:00+02:00", Berlin, "02:10", "02:50", "02:20");
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T02:10:00+02:00"), at[0]);
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T02:50:00+02:00"), at[1]);
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T02:20:00+01:00"), at[2]);  // the second 02:20, not the next day
    }

    [Fact]
    public void Mixed_offsets_compare_as_instants()
    {
        var result = Load(Minimal.Replace("started_at: 2026-03-14T09:00:00Z", "started_at: 2026-03-14T10:00:00+01:00")
            + "resolved_at: 2026-03-14 05:30 -04:00\ndetected_at: 2026-03-14T09:15:00Z\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(TimeSpan.FromMinutes(30), result.Figures!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(15), result.Figures.TimeToDetect);
        Assert.Equal(TimeSpan.FromHours(1), result.Figures.TimeZone.BaseUtcOffset);   // default zone: started_at's offset
    }

    [Fact]
    public void Absent_inputs_leave_figures_absent_not_zero()
    {
        var result = Load(Minimal);
        Assert.Null(result.Figures!.Duration);
        Assert.Null(result.Figures.TimeToDetect);
        Assert.Null(result.Figures.TimeToMitigate);
        Assert.Null(result.Figures.TimeToResolve);
    }

    [Fact]
    public void Detection_and_mitigation_default_to_the_timeline()
    {
        var result = Load(Minimal.Replace("""
              - at: "09:00"
                event: Something happened
            """, """
              - at: "09:00"
                event: Start
              - at: "09:20"
                event: Noticed
                kind: detection
              - at: "09:40"
                event: Noticed again
                kind: detection
              - at: "09:50"
                event: Partial fix
                kind: mitigation
              - at: "10:05"
                event: Full fix
                kind: mitigation
            """));
        Assert.Equal(TimeSpan.FromMinutes(20), result.Figures!.TimeToDetect);
        Assert.Equal(TimeSpan.FromMinutes(65), result.Figures.TimeToMitigate);
    }
}
