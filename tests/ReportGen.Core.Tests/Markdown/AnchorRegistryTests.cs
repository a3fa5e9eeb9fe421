using ReportGen.Core.Markdown;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Repeated headings get unique anchors (<c>step</c>, <c>step-2</c>…) at a cost linear in their number.</summary>
public class AnchorRegistryTests
{
    [Fact]
    public void Repeated_ids_get_numbered_suffixes_in_order()
    {
        var anchors = new AnchorRegistry();
        Assert.Equal(["step", "step-2", "other", "step-2-2", "step-3"],
            new[] { "step", "step", "other", "step-2", "step" }.Select(anchors.Claim));
    }

    [Fact]
    public void Claiming_the_same_id_many_times_costs_linearly()
    {
        static long Allocated(int count)
        {
            var anchors = new AnchorRegistry();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < count; i++) anchors.Claim("step");
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(100); // JIT and first-use costs
        var small = Allocated(500);
        var large = Allocated(500 * 16);
        Assert.True(large <= small * 24, $"{small:N0} bytes for 500 claims, {large:N0} for 8,000"); // quadratic: ~256x
    }
}
