using System.Globalization;
using ReportGen.Document;
using ReportGen.Pdf.Text;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Text;

/// <summary>A word wider than a line breaks at grapheme boundaries, keeps every character, fits the width, and costs
/// time and memory in proportion to its length (99,000 characters once took 10 s and 1.9 GB).</summary>
public class LongWordTests
{
    private static readonly TextStyle Body = new(FontRole.Regular, 10, RgbColor.Parse("#000000"));

    private static IReadOnlyList<TextLine> Break(string text, float width, TextOptions? options = null) =>
        new LineBreaker(SharedWriter.Instance.Fonts, new MissingCharacters())
            .Break([new TextSpan(text, Body)], width, options ?? new TextOptions());

    private static string LineText(TextLine line) => string.Concat(line.Fragments.Select(f => f.Shaped.Text));

    /// <summary>A word nobody has shaped before (the per-face cache must not make the second run cheaper).</summary>
    private static string Word(int length, int seed)
    {
        var random = new Random(seed);
        return string.Create(length, random, (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = (char)('a' + r.Next(26));
        });
    }

    [Fact]
    public void A_word_wider_than_the_line_breaks_into_lines_that_fit_and_keep_every_character()
    {
        var word = Word(5000, 1);
        var lines = Break(word, 200);
        Assert.Equal(word, string.Concat(lines.Select(LineText)));
        Assert.All(lines, l => Assert.True(l.Width <= 200.01f, $"a line is {l.Width} pt wide"));
        Assert.All(lines.SkipLast(1), l => Assert.True(l.Width > 180, $"a line holds only {l.Width} pt of 200"));
    }

    [Fact]
    public void Breaking_never_splits_a_letter_from_its_combining_accent()
    {
        var word = string.Concat(Enumerable.Repeat("e\u0301a\u0308", 800));
        var lines = Break(word, 150);
        Assert.Equal(word, string.Concat(lines.Select(LineText)));
        foreach (var line in lines)
        {
            var text = LineText(line);
            Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormC).Length * 2, text.Length);
            Assert.True(StringInfo.GetNextTextElementLength(text) == 2, $"line starts inside a grapheme: '{text[..4]}'");
        }
    }

    [Fact]
    public void A_long_right_to_left_word_keeps_its_characters_in_logical_order_across_lines()
    {
        var word = string.Concat(Enumerable.Repeat("שלוםעולם", 400));
        var lines = Break(word, 180);
        Assert.True(lines.Count > 5);
        Assert.Equal(word, string.Concat(lines.Select(LineText)));
        Assert.All(lines, l => Assert.True(l.Width <= 180.01f));
    }

    [Fact]
    public void A_long_word_in_a_code_block_continues_after_the_mark_on_every_wrapped_line()
    {
        var mark = new TextSpan("\u21AA ", Body);
        var word = Word(3000, 2);
        var lines = Break(word, 200, new TextOptions { ContinuationMark = mark });
        Assert.All(lines.Skip(1), l => Assert.StartsWith("\u21AA ", LineText(l)));
        Assert.All(lines, l => Assert.True(l.Width <= 200.01f));
        Assert.Equal(word, string.Concat(lines.Select(l => LineText(l).Replace("\u21AA ", ""))));
    }

    [Fact]
    public void A_word_made_of_many_styled_pieces_breaks_inside_pieces_and_keeps_them_all()
    {
        var bold = Body with { Role = FontRole.Bold };
        var spans = Enumerable.Range(0, 2000).Select(i => new TextSpan(i % 2 == 0 ? "ab" : "CD", i % 2 == 0 ? Body : bold)).ToList();
        var lines = new LineBreaker(SharedWriter.Instance.Fonts, new MissingCharacters()).Break(spans, 120, new TextOptions());
        Assert.Equal(string.Concat(spans.Select(s => s.Text)), string.Concat(lines.Select(LineText)));
        Assert.All(lines, l => Assert.True(l.Width <= 120.01f));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // many pieces: every split used to copy the rest of the word's pieces
    public void Cost_grows_linearly_with_the_length_of_an_unbreakable_word(bool styledPieces)
    {
        long Allocated(int length, int seed)
        {
            var word = Word(length, seed);
            var spans = styledPieces
                ? word.Chunk(4).Select((c, i) => new TextSpan(new string(c), i % 2 == 0 ? Body : Body with { Role = FontRole.Bold })).ToList()
                : [new TextSpan(word, Body)];
            var breaker = new LineBreaker(SharedWriter.Instance.Fonts, new MissingCharacters());
            var before = GC.GetAllocatedBytesForCurrentThread();
            var lines = breaker.Break(spans, 200, new TextOptions());
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(word, string.Concat(lines.Select(LineText)));
            return allocated;
        }

        Allocated(2000, 10); // warm-up: first-use allocations of the breaker's types
        var small = Allocated(3000, 11);
        var large = Allocated(48_000, 12);
        // Linear: 16 times the input allocates about 16 times the memory; quadratic would be about 256 times.
        Assert.True(large < small * 40, $"3,000 characters allocated {small:N0} bytes, 48,000 allocated {large:N0} (x{(double)large / small:0.0})");
    }
}
