using System.Diagnostics;

namespace ReportGen.Cli.Tests.Render;

/// <summary><c>--font-dir</c>: the user's fonts supply characters the shipped fonts lack (that they come before the
/// system's is checked on <c>FontLibrary</c>, where the system folders can be set: FontFallbackTests).</summary>
public sealed class FontDirTests : IDisposable
{
    private readonly TempFolder _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_font_folder_supplies_characters_the_shipped_fonts_lack()
    {
        // U+E0B0 (a Powerline arrow) is in the test font (kept in the repository, never installed), in no shipped font.
        Directory.CreateDirectory(_tree.PathOf("fonts"));
        File.Copy(TestFonts.Glyphs, _tree.PathOf("fonts/MyFont.ttf"));
        var input = _tree.Write("in/glyph.yaml", IncidentText.Valid("INC-7", "Arrow \uE0B0 in the title"));

        var withFolder = CliRunner.Run("render", input, "--format", "pdf", "--out", _tree.PathOf("with"), "--font-dir", _tree.PathOf("fonts"));
        var without = CliRunner.Run("render", input, "--format", "pdf", "--out", _tree.PathOf("without"));

        Assert.Equal(0, withFolder.ExitCode);
        Assert.Equal(0, without.ExitCode);
        Assert.Contains("+" + TestFonts.GlyphsPostScriptName + " ", Fonts(_tree.PathOf("with/glyph.pdf")));
        Assert.DoesNotContain("+" + TestFonts.GlyphsPostScriptName + " ", Fonts(_tree.PathOf("without/glyph.pdf")));
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
