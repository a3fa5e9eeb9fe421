using ReportGen.Document.Diagnostics;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Loading;

/// <summary>YAML anchors and aliases: ordinary reuse works; an alias inside the value it names (a cycle) and an
/// alias with no anchor above it are positioned errors, all of them reported, never a hang.</summary>
public class AliasTests
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    [Fact]
    public void An_alias_inside_its_own_list_is_refused_at_the_alias()
    {
        // Line 9: "  went_well: &a [one, *a]"; *a is at column 23. This used to loop until OutOfMemory.
        var result = Load(Minimal + "lessons:\n  went_well: &a [one, *a]\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("alias '*a' is inside the list it names (anchor &a, line 9): a value cannot contain itself", d.Message);
        AssertAt(d, E, 9, 23, "lessons.went_well[1]", "write the values out");
        Assert.Null(result.Incident);
    }

    [Fact]
    public void An_alias_inside_its_own_mapping_two_levels_down_is_refused()
    {
        var result = Load(Minimal + "impact: &m\n  external:\n    business: *m\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("alias '*m' is inside the mapping it names (anchor &m, line 8): a value cannot contain itself", d.Message);
        AssertAt(d, E, 10, 15, "impact.external.business", "write the values out");
    }

    [Fact]
    public void An_undefined_alias_says_so_and_how_to_define_it()
    {
        var d = Assert.Single(Load(Minimal + "lessons:\n  went_well: [one, *nope]\n").Diagnostics);
        Assert.Equal("undefined alias '*nope'", d.Message);
        AssertAt(d, E, 9, 20, "lessons.went_well[1]", "alias 'nope' is not defined above; define it with &nope first");
    }

    [Fact]
    public void An_alias_used_above_its_anchor_names_the_anchor_line()
    {
        var d = Assert.Single(Load(Minimal + "lessons:\n  went_well: [*w]\n  could_improve: &w [b]\n").Diagnostics);
        Assert.Equal("undefined alias '*w'", d.Message);
        Assert.Equal("anchor &w is defined below, on line 10; an alias can only name an anchor above it", d.Hint);
    }

    [Fact]
    public void Every_alias_problem_is_reported_not_only_the_first()
    {
        var result = Load(Minimal + "lessons:\n  went_well: [*one, *two]\n  could_improve: &c [x, *c]\n");
        Assert.Equal(["undefined alias '*one'", "undefined alias '*two'", "alias '*c' is inside the list it names (anchor &c, line 10): a value cannot contain itself"],
            result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Aliases_that_reuse_a_finished_value_still_work()
    {
        var result = Load(Minimal + "lessons:\n  went_well: &w [Fast rollback, Clear runbook]\n  could_improve: *w\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Fast rollback", "Clear runbook"], result.Incident!.Lessons!.CouldImprove);
    }
}
