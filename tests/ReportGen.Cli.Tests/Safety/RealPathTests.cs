using ReportGen.Cli.Rendering;
using ReportGen.Cli.Tests.Render;

namespace ReportGen.Cli.Tests.Safety;

public sealed class RealPathTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Links_in_parents_and_at_the_end_are_followed_and_dot_dot_applies_after_the_link()
    {
        Directory.CreateDirectory(_tree.Path_("real/deep"));
        Directory.CreateSymbolicLink(_tree.Path_("link"), "real/deep");
        File.CreateSymbolicLink(_tree.Path_("real/file-link"), "/etc/hostname");

        // link/.. is real (the parent of real/deep), not the tree root a textual '..' would give.
        Assert.Equal(_tree.Path_("real/new.pdf"), RealPath.Resolve(_tree.Path_("link/../new.pdf")));
        Assert.Equal(_tree.Path_("real/deep/not/yet/there.pdf"), RealPath.Resolve(_tree.Path_("link/not/yet/there.pdf")));
        Assert.Equal("/etc/hostname", RealPath.Resolve(_tree.Path_("real/file-link")));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        File.CreateSymbolicLink(_tree.Path_("a"), "b");
        File.CreateSymbolicLink(_tree.Path_("b"), "a");

        Assert.Throws<IOException>(() => RealPath.Resolve(_tree.Path_("a/report.pdf")));
    }

    [Fact]
    public void Two_files_whose_names_differ_in_case_on_a_case_sensitive_system_are_not_taken_for_one()
    {
        var input = _tree.Write("in/Incident.md", "id: x\n");
        _tree.Write("in/incident.md", "another file");
        var guard = new OutputGuard(null, [input], _tree.Root);

        Assert.Null(guard.Problem(_tree.Path_("in/incident.md")));
        Assert.NotNull(guard.Problem(input));
    }
}
