using System.Globalization;
using ReportGen.Pdf.Figures;

namespace ReportGen.Pdf.Tests.Figures;

/// <summary>Timeline labels are cut to one short line; a long word is cut between graphemes, never inside one.</summary>
public class LabelShorteningTests
{
    [Theory]
    [InlineData("e\u0301")] // e + combining acute
    [InlineData("\U0001F525")] // an emoji: a surrogate pair
    [InlineData("\U0001F44D\U0001F3FD")] // thumbs up with a skin tone modifier
    public void A_long_word_is_cut_between_graphemes(string grapheme)
    {
        for (var max = 8; max <= 40; max++)
        {
            var label = TimelineGeometryBuilder.Shorten("x" + string.Concat(Enumerable.Repeat(grapheme, 60)), max);
            Assert.EndsWith("…", label);
            Assert.True(label.Length <= max, $"'{label}' is longer than {max}");
            var body = label[1..^1];
            Assert.True(body.Length % grapheme.Length == 0 && new StringInfo(body).LengthInTextElements == body.Length / grapheme.Length,
                $"max {max}: '{label}' cuts a grapheme");
        }
    }
}
