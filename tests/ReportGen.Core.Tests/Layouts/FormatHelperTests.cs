using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

public class FormatHelperTests
{
    [Theory]
    [InlineData(0, "0 min")]
    [InlineData(45, "45 s")]
    [InlineData(7 * 60, "7 min")]
    [InlineData(60 * 60, "1 h")]
    [InlineData(106 * 60, "1 h 46 min")]
    [InlineData(24 * 3600, "1 d")]
    [InlineData(51 * 3600 + 59 * 60, "2 d 3 h")]
    [InlineData(-5 * 60, "-5 min")]
    public void Duration_reads_like_a_person_writes_it(int seconds, string expected) =>
        Assert.Equal(expected, FormatHelpers.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Times_and_dates_are_invariant_and_keep_the_offset()
    {
        var t = new DateTimeOffset(2026, 3, 29, 3, 10, 0, TimeSpan.FromHours(2));
        Assert.Equal("03:10", FormatHelpers.Time(t));
        Assert.Equal("2026-03-29", FormatHelpers.Date(t));
        Assert.Equal("2026-03-29", FormatHelpers.Date(new DateOnly(2026, 3, 29)));
        Assert.Equal("2026-03-29 03:10 UTC+02:00", FormatHelpers.DateTime(t));
        Assert.Equal("2026-03-29 01:10 UTC", FormatHelpers.DateTime(t.ToUniversalTime()));
        Assert.Equal("2026-03-29 03:10 UTC-05:30", FormatHelpers.DateTime(new DateTimeOffset(2026, 3, 29, 3, 10, 0, TimeSpan.FromMinutes(-330))));
    }

    [Theory]
    [InlineData("https://tracker.example/PAY-1234", "PAY-1234")]
    [InlineData("https://jira.example/browse/OPS-7?focusedCommentId=3#c3", "OPS-7")]
    [InlineData("https://github.com/acme/shop/issues/42", "issues/42")]
    [InlineData("https://tracker.example/projects/Caf%C3%A9%20board/", "Café board")]
    [InlineData("https://tracker.example", "tracker.example")]
    [InlineData("PAY-1234", "PAY-1234")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData("mailto:ops@example.com", "")]
    public void A_link_item_names_what_the_link_opens(string url, string expected) =>
        Assert.Equal(expected, FormatHelpers.LinkItem(url));

    [Theory]
    [InlineData(null)]
    [InlineData("09:12")]
    [InlineData(42)]
    public void Values_of_the_wrong_kind_print_nothing(object? value)
    {
        Assert.Equal("", FormatHelpers.Duration(value));
        Assert.Equal("", FormatHelpers.Time(value));
        Assert.Equal("", FormatHelpers.Date(value));
        Assert.Equal("", FormatHelpers.DateTime(value));
    }
}
