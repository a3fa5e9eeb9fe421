using Scriban.Runtime;
using ReportGen.Core.Layouts;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>The built-ins are assembled group by group (not taken from Scriban's default context) and only for the names
/// a layout's templates contain: a layout must still see exactly Scriban's defaults, in Scriban's order, less the clock
/// and the removed members, plus our helpers, whenever it names them.</summary>
public class BuiltinsTests
{
    private static readonly string[] Clock = ["date", "timespan"];
    private static readonly string[] Removed = ["math.uuid", "math.random", "object.eval", "object.eval_template"];

    [Fact]
    public void Layouts_see_Scriban_s_default_groups_in_Scriban_s_order_without_the_clock()
    {
        var scriban = new Scriban.TemplateContext().BuiltinObject;
        var expected = scriban.GetMembers().Where(n => !Clock.Contains(n)).Concat(["md", "format", "yaml"]);
        Assert.Equal(expected, LayoutBuiltins.All.Create().GetMembers());
    }

    [Fact]
    public void Every_default_function_is_the_one_Scriban_would_give_less_the_removed_ones()
    {
        var scriban = new Scriban.TemplateContext().BuiltinObject;
        var ours = LayoutBuiltins.All.Create();
        var compared = 0;
        foreach (var name in scriban.GetMembers().Where(n => !Clock.Contains(n)))
        {
            if (scriban[name] is not ScriptObject group)
            {
                var expectedType = name is "include" or "include_join" ? typeof(MarkdownIncludeFunction) : scriban[name]!.GetType();
                Assert.Equal(expectedType, ours[name]!.GetType());
                continue;
            }
            var copy = Assert.IsType<ScriptObject>(ours[name]);
            var members = group.GetMembers().Where(m => !Removed.Contains($"{name}.{m}")).ToList();
            Assert.Equal(members, copy.GetMembers());
            foreach (var member in members)
            {
                Assert.Equal(group[member]?.GetType(), copy[member]?.GetType());
                if (group[member] is IScriptCustomFunction f && copy[member] is IScriptCustomFunction g)
                    Assert.Equal((f.ParameterCount, f.RequiredParameterCount, f.ReturnType), (g.ParameterCount, g.RequiredParameterCount, g.ReturnType));
                compared++;
            }
        }
        Assert.True(compared > 100, $"only {compared} functions compared");
    }

    [Fact]
    public void Removed_members_are_absent()
    {
        var ours = LayoutBuiltins.All.Create();
        foreach (var path in Removed)
        {
            var (group, member) = (path.Split('.')[0], path.Split('.')[1]);
            Assert.False(Assert.IsType<ScriptObject>(ours[group]).ContainsKey(member), path);
        }
        Assert.DoesNotContain("date", ours.GetMembers());
    }

    [Fact]
    public void Only_the_names_a_layout_writes_are_prepared()
    {
        var builtins = LayoutBuiltins.For(["{{ incident.id | string.upcase }}", "{{ md.text x }}{{ include 'partials/a.sbn' }}"]).Create();
        Assert.Equal(["include", "string", "md"], builtins.GetMembers());
    }

    [Fact]
    public void A_layout_that_names_Scriban_s_groups_gets_them_working()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn",
            "{{ incident.id | string.upcase }} {{ [3, 1, 2] | array.sort | array.join '+' }} {{ -3 | math.abs }} " +
            "{{ 'abc' | regex.replace 'b' 'X' }} {{ '<b>x</b>' | html.strip }} {{ 1 | object.typeof }} {{ if [] == empty }}E{{ end }}\n"));
        Assert.Equal("INC-7 1+2+3 3 aXc x number E\n", LayoutTestKit.Build(TestIncidents.Minimal(), layout).Markdown);
    }
}
