using System.Text.RegularExpressions;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>The hand-written parsers and the JSON Schema patterns must agree on every sample.</summary>
public class ScalarFormatsTests
{
    [Theory]
    [InlineData("2026-03-14T09:12:00Z", "2026-03-14T09:12:00+00:00")]
    [InlineData("2026-03-14 09:12 +01:00", "2026-03-14T09:12:00+01:00")]
    [InlineData("2026-03-14t09:12:30.5-0530", "2026-03-14T09:12:30.5-05:30")]
    [InlineData("2026-03-14T9:05+02", "2026-03-14T09:05:00+02:00")]
    public void Valid_timestamps_parse_and_match_the_pattern(string text, string expected)
    {
        Assert.Equal(ScalarFormats.TimestampStatus.Ok, ScalarFormats.TryTimestamp(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected), value);
        Assert.Equal(expected.Offset(), value.Offset);
        Assert.Matches(new Regex(ScalarFormats.TimestampPattern), text);
    }

    [Theory]
    [InlineData("2026-03-14T09:12:00", true)]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-02-30T09:12:00Z", false)]
    [InlineData("2026-03-14T24:00:00Z", false)]
    [InlineData("2026-03-14T09:12:00+1", false)]
    [InlineData("14/03/2026 09:12Z", false)]
    public void Invalid_timestamps_are_refused(string text, bool onlyTheOffsetIsMissing)
    {
        var expected = onlyTheOffsetIsMissing ? ScalarFormats.TimestampStatus.NoOffset : ScalarFormats.TimestampStatus.Invalid;
        Assert.Equal(expected, ScalarFormats.TryTimestamp(text, out _));
        if (!text.StartsWith("2026-02-30") && !text.Contains("T24")) Assert.DoesNotMatch(new Regex(ScalarFormats.TimestampPattern), text);
    }

    [Theory]
    [InlineData("09:12", true)]
    [InlineData("9:05", true)]
    [InlineData("23:59", true)]
    [InlineData("24:00", false)]
    [InlineData("09:60", false)]
    [InlineData("0912", false)]
    public void Clock_times(string text, bool valid)
    {
        Assert.Equal(valid, ScalarFormats.TryClock(text, out _));
        if (valid) Assert.Matches(new Regex(ScalarFormats.ClockPattern), text);
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("sumary", "summary")]
    [InlineData("startedat", "started_at")]
    [InlineData("actions_items", "action_items")]
    public void Near_misses_find_the_key(string typo, string key) =>
        Assert.Equal(key, Suggestions.Nearest(typo, IncidentFormat.Incident.Fields.Select(f => f.Key)));

    [Fact]
    public void Unrelated_words_get_no_suggestion() =>
        Assert.Null(Suggestions.Nearest("colour", IncidentFormat.Incident.Fields.Select(f => f.Key)));
}

internal static class OffsetText
{
    public static TimeSpan Offset(this string iso) => DateTimeOffset.Parse(iso).Offset;
}
