using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Timeline chart labels skip the Markdown parse for plain words: the label must be exactly what the parse
/// would give, for plain words and for everything else.</summary>
public class TimelineLabelTests
{
    [Theory]
    [InlineData("Deploy v2.3 to prod-eu (50%)")]
    [InlineData("  Café résumé #3 for Zoë  ")]
    [InlineData("x = y + 1 ~ roughly, isn't it? \"yes\" / $5 @ ^top")]
    [InlineData("Two  spaces stay")]
    public void Plain_words_take_the_short_path_and_read_as_the_parse_reads_them(string text)
    {
        Assert.True(TimelineChartBuilder.IsPlainWords(text));
        Assert.Equal(TimelineChartBuilder.PlainTextByParsing(text), TimelineChartBuilder.PlainText(text));
    }

    [Theory]
    [InlineData("Step 3 on `checkout-api`; the change lowered a limit")]
    [InlineData("Restarted `pgbouncer` and `orders-db` (twice)")]
    [InlineData("Set `pool size = 50` again")]
    public void Words_with_plain_code_spans_take_the_short_path_and_read_as_the_parse_reads_them(string text)
    {
        Assert.NotNull(TimelineChartBuilder.WordsWithCode(text));
        Assert.Equal(TimelineChartBuilder.PlainTextByParsing(text), TimelineChartBuilder.PlainText(text));
    }

    [Theory]
    [InlineData("Step on `` double ``")]
    [InlineData("Step on ` spaced `")]
    [InlineData("Step on `unclosed")]
    [InlineData("Step on `a_b` then")]
    [InlineData("snake_case and `code`")]
    public void Code_spans_the_parse_may_read_otherwise_are_parsed(string text)
    {
        Assert.Null(TimelineChartBuilder.WordsWithCode(text));
        Assert.Equal(TimelineChartBuilder.PlainTextByParsing(text), TimelineChartBuilder.PlainText(text));
    }

    [Theory]
    [InlineData("**Paged** the on-call")]
    [InlineData("1. not a list")]
    [InlineData("- not a list")]
    [InlineData("Failover at 14:00 via [runbook](https://x.example)")]
    [InlineData("Tab\tseparated")]
    [InlineData("line one\nline two")]
    [InlineData("snake_case and `code`")]
    public void Anything_else_is_parsed(string text)
    {
        Assert.False(TimelineChartBuilder.IsPlainWords(text));
        Assert.Equal(TimelineChartBuilder.PlainTextByParsing(text), TimelineChartBuilder.PlainText(text));
    }

    [Fact]
    public void Random_labels_read_the_same_either_way()
    {
        const string alphabet = "abcXYZéß019  .,;?'\"()/-+=#%$@^~*_`[]!<>&{}|:\\\t\n";
        var random = new Random(20261127);
        var plain = 0;
        for (var n = 0; n < 4000; n++)
        {
            var chars = new char[random.Next(1, 24)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = i == 0 && n % 2 == 0 ? (char)('a' + random.Next(26)) : alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            if (TimelineChartBuilder.IsPlainWords(text) || TimelineChartBuilder.WordsWithCode(text) is not null) plain++;
            Assert.Equal(TimelineChartBuilder.PlainTextByParsing(text), TimelineChartBuilder.PlainText(text));
        }
        Assert.True(plain > 100, $"only {plain} labels took the short path");
    }
}
