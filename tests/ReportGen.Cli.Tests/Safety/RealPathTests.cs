using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Safety;

public sealed class RealPathTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Links_in_parents_and_at_the_end_are_followed_and_dot_dot_applies_after_the_link()
    {
        Directory.CreateDirectory(_tree.PathOf("real/deep"));
        Directory.CreateSymbolicLink(_tree.PathOf("link"), "real/deep");
        File.CreateSymbolicLink(_tree.PathOf("real/file-link"), "/etc/hostname");

        // link/.. is real (the parent of real/deep), not the tree root a textual '..' would give.
        Assert.Equal(_tree.PathOf("real/new.pdf"), RealPath.Resolve(_tree.PathOf("link/../new.pdf")));
        Assert.Equal(_tree.PathOf("real/deep/not/yet/there.pdf"), RealPath.Resolve(_tree.PathOf("link/not/yet/there.pdf")));
        Assert.Equal("/etc/hostname", RealPath.Resolve(_tree.PathOf("real/file-link")));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        File.CreateSymbolicLink(_tree.PathOf("a"), "b");
        File.CreateSymbolicLink(_tree.PathOf("b"), "a");

        Assert.Throws<IOException>(() => RealPath.Resolve(_tree.PathOf("a/report.pdf")));
    }

    [Fact]
    public void Two_files_whose_names_differ_in_case_on_a_case_sensitive_system_are_not_taken_for_one()
    {
        var input = _tree.Write("in/Incident.md", "id: x\n");
        _tree.Write("in/incident.md", "another file");
        var guard = new OutputGuard(null, [input], _tree.Path);

        Assert.Null(guard.Problem(_tree.PathOf("in/incident.md")));
        Assert.NotNull(guard.Problem(input));
    }
}
