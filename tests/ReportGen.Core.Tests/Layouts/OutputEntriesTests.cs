using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>The render's side table keeps each output's writes in chunks (8, 16 … 256, then 256 each) and packs an
/// entry's value id and block flag into one field: every write must come back in order, whole, across chunk borders
/// (a long report has thousands of writes), or block origins and the .docx value marks would name the wrong value.</summary>
public class OutputEntriesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(504)]
    [InlineData(505)]
    [InlineData(3000)]
    public void Every_write_comes_back_in_order_with_its_value_and_block_flag(int count)
    {
        var entries = new OutputEntries();
        for (var i = 0; i < count; i++)
            entries.Add(new OutputSources.Entry(i * 3, null, null, i % 5 == 0 ? "key" : null) { ValueId = i % 7 - 1, IsBlock = i % 2 == 0, ShowsDate = i % 3 == 0 });

        Assert.Equal(count, entries.Count);
        for (var i = 0; i < count; i++)
        {
            var entry = entries[i];
            Assert.Equal(i * 3, entry.Start);
            Assert.Equal(i % 7 - 1, entry.ValueId);
            Assert.Equal(i % 2 == 0, entry.IsBlock);
            Assert.Equal(i % 3 == 0, entry.ShowsDate);
            Assert.Equal(i % 5 == 0 ? "key" : null, entry.Member);
        }
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3), entries.Select(e => e.Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => entries[count]);
    }

    [Fact]
    public void An_entry_made_without_a_value_shows_none_and_is_not_a_block()
    {
        var entry = new OutputSources.Entry(4, null, null, null);
        Assert.Equal(-1, entry.ValueId);
        Assert.False(entry.IsBlock);
        Assert.Equal(-1, (entry with { IsBlock = true }).ValueId);
        Assert.True((entry with { ValueId = 12 } with { IsBlock = true }).IsBlock);
        Assert.Equal(12, (entry with { IsBlock = true } with { ValueId = 12 }).ValueId);
        Assert.False(entry.ShowsDate);
        var dated = entry with { ValueId = 12 } with { ShowsDate = true } with { IsBlock = true };
        Assert.Equal((12, true, true), (dated.ValueId, dated.ShowsDate, dated.IsBlock));
        Assert.Equal((12, false, true), ((dated with { ShowsDate = false }).ValueId, (dated with { ShowsDate = false }).ShowsDate, (dated with { ShowsDate = false }).IsBlock));
    }

    /// <summary>A render makes one entry per write and keeps them all until the document is mapped: the flags share the
    /// value id's field so an entry stays four words (a separate bool field padded it to five).</summary>
    [Fact]
    public void An_entry_is_four_words()
    {
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<OutputSources.Entry>());
    }
}
