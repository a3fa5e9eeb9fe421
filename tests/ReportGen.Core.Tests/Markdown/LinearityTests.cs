using ReportGen.Core.Markdown;
using ReportGen.Core.Model;
using ReportGen.Core.Tests.Layouts;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Every Markdown stage grows linearly with its input, checked without a clock: on 1x and 16x the same attack
/// text, the confinement's counted steps and the whole layout-and-parse's allocated bytes must grow about 16 times,
/// far from the 256 times a quadratic stage would show (2 MB of '&lt;' once took 45 s in the autolink check).</summary>
public class LinearityTests
{
    private const int Small = 2_000;
    private const int Factor = 16;

    /// <summary>Linear is 16; a generous bound that still fails any quadratic term worth a tenth of the linear one.</summary>
    private const double Bound = Factor * 1.5;

    public static TheoryData<string> Patterns => new(AttackTexts.Patterns.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Confinement_steps_grow_linearly(string pattern)
    {
        var unit = Unit(pattern);
        foreach (var confine in new Func<string, WorkMeter, string>[]
                 {
                     (t, m) => MarkdownConfiner.Block(t, m), (t, m) => MarkdownConfiner.Cell(t, m), (t, m) => MarkdownConfiner.Inline(t, m),
                 })
        {
            long Steps(int length)
            {
                var meter = new WorkMeter();
                confine(AttackTexts.Repeat(unit, length), meter);
                return meter.Steps;
            }
            var small = Steps(Small);
            var large = Steps(Small * Factor);
            Assert.True(large <= small * Bound, $"{pattern}: {small:N0} steps for {Small:N0} characters, {large:N0} for {Small * Factor:N0}");
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Layout_and_parse_allocations_grow_linearly(string pattern)
    {
        var unit = Unit(pattern);
        long Allocated(int length)
        {
            var incident = Carrying(AttackTexts.Repeat(unit, length));
            LayoutTestKit.Build(incident); // the first run pays for caches and JIT; measure the second
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = LayoutTestKit.Build(incident);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(result.Document is not null, pattern + ": " + string.Join("\n", result.Diagnostics.Take(3)));
            return bytes;
        }
        var small = Allocated(Small);
        var large = Allocated(Small * Factor);
        Assert.True(large <= small * Bound, $"{pattern}: {small:N0} bytes for {Small:N0} characters, {large:N0} for {Small * Factor:N0}");
    }

    private static string Unit(string pattern) => AttackTexts.Patterns.Single(p => p.Name == pattern).Unit;

    /// <summary>A minimal incident with <paramref name="text"/> in a block, a list item, a cell and a one-line field.</summary>
    private static Incident Carrying(string text)
    {
        var minimal = TestIncidents.Minimal();
        return minimal with
        {
            Summary = text,
            Timeline = [minimal.Timeline[0] with { Event = text }],
            Lessons = new Lessons { WentWell = [text] },
            Prevention = new Prevention { ShortTerm = [new PreventionMeasure(text, [])] },
        };
    }
}
