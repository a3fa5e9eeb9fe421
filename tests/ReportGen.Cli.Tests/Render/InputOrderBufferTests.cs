using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

public sealed class InputOrderBufferTests
{
    [Fact]
    public void Items_go_out_in_input_order_as_soon_as_the_ones_before_them_are_in()
    {
        var buffer = new InputOrderBuffer<string>();
        Assert.Empty(buffer.Add(1, "b"));
        Assert.Empty(buffer.Add(3, "d"));
        Assert.Equal(["a", "b"], buffer.Add(0, "a"));
        Assert.Equal(["c", "d"], buffer.Add(2, "c"));
        Assert.Equal(["e"], buffer.Add(4, "e"));
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Reporting_a_file_twice_is_a_bug_and_says_so()
    {
        var buffer = new InputOrderBuffer<string>();
        buffer.Add(0, "a");
        buffer.Add(2, "c");
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Add(0, "a again"));
        Assert.Throws<ArgumentException>(() => buffer.Add(2, "c again"));
    }
}
