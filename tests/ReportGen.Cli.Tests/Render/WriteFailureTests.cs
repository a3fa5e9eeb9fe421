using ReportGen.Cli.Rendering;

namespace ReportGen.Cli.Tests.Render;

/// <summary>What a user reads when a writer fails: a broken install names the missing native library and says how to
/// repair it, instead of .NET's "a type initializer threw an exception".</summary>
public class WriteFailureTests
{
    [Fact]
    public void A_native_library_that_cannot_load_is_named_with_a_repair_hint()
    {
        var missing = new DllNotFoundException(
            "Unable to load shared library 'libSkiaSharp' or one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace.\n/x/libSkiaSharp.so: cannot open shared object file");
        var thrown = new TypeInitializationException("SkiaSharp.SKObject", missing);

        var d = FileRenderer.WriteFailure(WriterRegistry.BuiltIn.Find("pdf")!, thrown, "in/a.yaml");

        Assert.True(d.IsError);
        Assert.Equal("in/a.yaml: error: could not write pdf: a native library of the drawing engine could not be loaded " +
            "(Unable to load shared library 'libSkiaSharp' or one of its dependencies)", d.Headline);
        Assert.Contains("reinstall the tool", d.Hint);
    }

    [Fact]
    public void An_io_failure_points_at_the_output_folder_and_anything_else_asks_for_a_bug_report()
    {
        var io = FileRenderer.WriteFailure(WriterRegistry.BuiltIn.Find("docx")!, new IOException("disk full"), "a.yaml");
        Assert.Equal("a.yaml: error: could not write docx: disk full", io.Headline);
        Assert.Contains("writable", io.Hint);

        var bug = FileRenderer.WriteFailure(WriterRegistry.BuiltIn.Find("pdf")!, new InvalidOperationException("boom"), "a.yaml");
        Assert.Contains("bug in reportgen", bug.Hint);
    }
}
