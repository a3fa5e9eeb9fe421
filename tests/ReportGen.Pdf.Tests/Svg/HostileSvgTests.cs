using System.Text;
using ReportGen.Pdf.Engine;
using static ReportGen.Pdf.Tests.Svg.SvgTestKit;

namespace ReportGen.Pdf.Tests.Svg;

/// <summary>Hostile or broken SVG gives a reason (the figure becomes a placeholder) or a bounded drawing; it never
/// throws, hangs or reads anything outside the file.</summary>
public class HostileSvgTests
{
    /// <summary>Guards against a hang only: the work itself takes milliseconds.</summary>
    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "reading the SVG did not finish");
        return task.Result;
    }

    [Fact]
    public void Billion_laughs_entities_are_never_expanded()
    {
        var svg = new StringBuilder("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY lol 'lol'>");
        for (var i = 1; i <= 9; i++)
            svg.Append($"<!ENTITY lol{i} '{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}'>");
        svg.Append("]><svg xmlns='http://www.w3.org/2000/svg'><text y='10'>&lol9;</text></svg>");
        var problem = Bounded(() => Problem(svg.ToString()));
        Assert.Contains("not well-formed", problem);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"svg-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var svg = $"<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file://{secret}'>]>" +
                      "<svg xmlns='http://www.w3.org/2000/svg'><text y='10'>&x;</text></svg>";
            Assert.Contains("not well-formed", Problem(svg));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_doctype_without_entities_is_accepted_as_matplotlib_writes_it()
    {
        var drawing = Load("<?xml version='1.0'?><!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' " +
            "'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'><svg xmlns='http://www.w3.org/2000/svg'><rect width='1' height='1'/></svg>");
        Assert.Single(drawing.Commands.OfType<FillPathCommand>());
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var depth = 5000;
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'>" + string.Concat(Enumerable.Repeat("<g>", depth)) +
                  string.Concat(Enumerable.Repeat("</g>", depth)) + "</svg>";
        Assert.Contains("nest deeper", Bounded(() => Problem(svg)));
    }

    [Fact]
    public void Huge_element_counts_are_refused()
    {
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'>" + string.Concat(Enumerable.Repeat("<rect width='1' height='1'/>", Pdf.Svg.SvgReader.MaxElements + 1)) + "</svg>";
        Assert.Contains("more than", Bounded(() => Problem(svg)));
    }

    [Fact]
    public void Exponential_use_chains_stop_at_the_drawing_budget()
    {
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg'><defs><rect id='l0' width='1' height='1'/>");
        for (var i = 1; i <= 10; i++)
            svg.Append($"<g id='l{i}'>{string.Concat(Enumerable.Repeat($"<use href='#l{i - 1}'/>", 10))}</g>");
        svg.Append("</defs><use href='#l10'/></svg>");
        var drawing = Bounded(() => Load(svg.ToString()));
        Assert.Contains(drawing.Warnings, w => w.Contains("more than", StringComparison.Ordinal));
        Assert.InRange(drawing.Commands.OfType<FillPathCommand>().Count(), 1, Pdf.Svg.SvgDrawer.MaxDrawnElements);
    }

    [Fact]
    public void Uses_nesting_deep_trees_stop_at_the_nesting_budget_without_exhausting_the_stack()
    {
        // 90-deep groups, each level's innermost group using the previous level's tree: thousands of levels if followed.
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg'><defs>");
        for (var level = 0; level < 15; level++)
        {
            svg.Append($"<g id='t{level}'>").Append(string.Concat(Enumerable.Repeat("<g>", 90)));
            svg.Append(level == 0 ? "<rect width='1' height='1'/>" : $"<use href='#t{level - 1}'/>");
            svg.Append(string.Concat(Enumerable.Repeat("</g>", 90))).Append("</g>");
        }
        svg.Append("</defs><use href='#t14'/></svg>");
        var drawing = Bounded(() => Load(svg.ToString()));
        Assert.Contains(drawing.Warnings, w => w.Contains("nest deeper than", StringComparison.Ordinal));
    }

    [Fact]
    public void Costly_style_sheets_stop_matching_early()
    {
        var rules = string.Concat(Enumerable.Range(0, 3000).Select(i => $".nope{i} g g rect {{ fill: red }} "));
        var tree = string.Concat(Enumerable.Repeat("<g>", 90)) + string.Concat(Enumerable.Repeat("<rect width='1' height='1'/>", 400)) +
                   string.Concat(Enumerable.Repeat("</g>", 90));
        var drawing = Bounded(() => Load($"<svg xmlns='http://www.w3.org/2000/svg'><style>{rules}</style>{tree}</svg>"));
        Assert.Contains(drawing.Warnings, w => w.Contains("<style> rules", StringComparison.Ordinal));
        Assert.Equal(400, drawing.Commands.OfType<FillPathCommand>().Count());
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>", "not well-formed")]
    [InlineData("", "not well-formed")]
    [InlineData("<html><body/></html>", "not <svg>")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='0' height='10'/>", "no size")]
    public void Broken_files_give_a_reason(string svg, string reason) => Assert.Contains(reason, Problem(svg));

    [Fact]
    public void Absurd_numbers_do_not_break_the_drawing()
    {
        var drawing = Load(Doc("""
            <rect width='NaN' height='Infinity'/>
            <rect width='1e999' height='-5'/>
            <circle r='1e38' cx='1e38'/>
            <path d='M 1e39 0 L NaN 5 Z'/>
            <text x='1e30' font-size='1e30'>big</text>
            <g transform='scale(1e30) rotate(NaN)'><rect width='1' height='1'/></g>
            <rect width='10' height='10' stroke='black' stroke-dasharray='-1 0'/>
            """));
        Assert.All(drawing.Commands.OfType<FillPathCommand>(), f => Assert.True(float.IsFinite(f.Path.Bounds.Width)));
    }
}
