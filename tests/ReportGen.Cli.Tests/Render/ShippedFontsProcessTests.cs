using System.Diagnostics;

namespace ReportGen.Cli.Tests.Render;

/// <summary>The real tool in a container-like run: FONTCONFIG_FILE names an empty fontconfig configuration, so no
/// system font is visible. The global team's example still prints every character, byte for byte as with fonts.</summary>
public sealed class ShippedFontsProcessTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    private (int ExitCode, string Out) Render(string input, string output, string? fontconfigFile)
    {
        var reportgen = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var psi = new ProcessStartInfo("dotnet", [reportgen, "render", input, "--out", output, "--format", "pdf,docx"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Not the test host's current folder: other tests switch it to scratch folders they delete (CliRunner).
            WorkingDirectory = _tree.Path,
        };
        psi.Environment.Remove("FONTCONFIG_FILE");
        if (fontconfigFile is not null)
            psi.Environment["FONTCONFIG_FILE"] = fontconfigFile;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "reportgen did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void The_global_example_renders_without_any_system_font_and_gives_the_same_pdf_as_with_them()
    {
        var empty = _tree.Write("fontconfig/empty.conf", "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
        var example = Path.Combine(RepoPaths.Root, "examples", "global-team-outage.yaml");

        var bare = Render(example, _tree.PathOf("bare"), empty);
        var usual = Render(example, _tree.PathOf("usual"), null);

        Assert.True(bare.ExitCode == 0, bare.Out);
        Assert.Contains("warnings 0", bare.Out);
        Assert.DoesNotContain("no available font", bare.Out);
        Assert.Equal(File.ReadAllBytes(_tree.PathOf("usual/global-team-outage.pdf")), File.ReadAllBytes(_tree.PathOf("bare/global-team-outage.pdf")));
        Assert.Equal(File.ReadAllBytes(_tree.PathOf("usual/global-team-outage.docx")), File.ReadAllBytes(_tree.PathOf("bare/global-team-outage.docx")));
    }

    [Fact]
    public void The_empty_configuration_really_hides_the_system_fonts()
    {
        // U+E0B0 is in the test font, never in a shipped font: a configuration naming the test font's folder finds
        // it, the empty one must not.
        var empty = _tree.Write("fontconfig/empty.conf", "<fontconfig/>");
        var withFont = _tree.Write("fontconfig/test-font.conf", $"<fontconfig><dir>{TestFonts.Folder}</dir></fontconfig>");
        var input = _tree.Write("in/arrow.yaml", IncidentText.Valid("INC-8", "Arrow \uE0B0 in the title"));

        var bare = Render(input, _tree.PathOf("bare"), empty);
        var found = Render(input, _tree.PathOf("found"), withFont);

        Assert.True(bare.ExitCode == 0 && bare.Out.Contains("U+E0B0"), bare.Out);
        Assert.True(found.ExitCode == 0 && !found.Out.Contains("U+E0B0"), found.Out);
    }
}
