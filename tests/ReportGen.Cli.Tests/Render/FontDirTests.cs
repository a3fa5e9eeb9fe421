using System.Diagnostics;

namespace ReportGen.Cli.Tests.Render;

/// <summary><c>--font-dir</c>: the user's fonts are searched before the system's for characters the shipped fonts lack.</summary>
public sealed class FontDirTests : IDisposable
{
    private const string SystemFont = "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf";
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_font_folder_supplies_characters_before_the_system_fonts_do()
    {
        // U+E0B0 (a powerline arrow) is in JetBrains Mono, not in Liberation or DejaVu. Among the system fonts the
        // bold JetBrains Mono comes first; a user folder holding the regular face must win over it.
        Directory.CreateDirectory(_tree.PathOf("fonts"));
        File.Copy(SystemFont, _tree.PathOf("fonts/MyFont.ttf"));
        var input = _tree.Write("in/glyph.yaml", IncidentText.Valid("INC-7", "Arrow \uE0B0 in the title"));

        var withFolder = CliRunner.Run("render", input, "--format", "pdf", "--out", _tree.PathOf("with"), "--font-dir", _tree.PathOf("fonts"));
        var without = CliRunner.Run("render", input, "--format", "pdf", "--out", _tree.PathOf("without"));

        Assert.Equal(0, withFolder.ExitCode);
        Assert.Equal(0, without.ExitCode);
        Assert.Contains("+JetBrainsMono-Regular ", Fonts(_tree.PathOf("with/glyph.pdf")));
        Assert.DoesNotContain("+JetBrainsMono-Regular ", Fonts(_tree.PathOf("without/glyph.pdf")));
    }

    [Fact]
    public void A_font_folder_that_does_not_exist_is_a_usage_error_with_a_hint()
    {
        var input = _tree.Write("one.yaml", IncidentText.Valid("INC-9"));
        var result = CliRunner.Run("render", input, "--font-dir", _tree.PathOf("no-such-folder"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--font-dir", result.Err);
        Assert.Contains("hint:", result.Err);
        Assert.DoesNotContain(_tree.Files(), f => !f.EndsWith(".yaml", StringComparison.Ordinal));
    }

    private static string Fonts(string pdf)
    {
        var start = new ProcessStartInfo("pdffonts") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
