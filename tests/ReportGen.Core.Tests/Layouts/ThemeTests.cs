using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>theme.yaml: the design both writers share (spacing, callout tones, key figures per row, contents depth),
/// and every theme the pages cannot hold is an error at its theme.yaml line when the layout loads, never a writer
/// failure blamed on reportgen.</summary>
public class ThemeTests
{
    private static LayoutLoadResult Load(string theme) =>
        ReportLayout.Load(LayoutTestKit.Folder(("report.md.sbn", "# R\n"), ("theme.yaml", theme)));

    private static Diagnostic SingleError(string theme)
    {
        var result = Load(theme);
        Assert.Null(result.Layout);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.EndsWith("/theme.yaml", error.File);
        return error;
    }

    [Fact]
    public void Spacing_callout_tones_key_figures_and_contents_are_read()
    {
        var layout = LayoutTestKit.Load(("report.md.sbn", "# R\n"), ("theme.yaml", """
            spacing: { heading1_before: 30, heading_after: 4, paragraph: 8, block: 12, list_item: 2 }
            callouts: { note: priority-p2, warning: severity-critical }
            key_figures: { per_row: 5 }
            contents: { levels: 3 }
            """));
        var t = layout.Theme;
        Assert.Equal(new ThemeSpacing { Heading1Before = 30, HeadingAfter = 4, Paragraph = 8, Block = 12, ListItem = 2 }, t.Spacing);
        Assert.Equal(Theme.DefaultTones["priority-p2"].Fill, t.CalloutAccent("note"));
        Assert.Equal(Theme.DefaultTones["severity-critical"].Fill, t.CalloutAccent("Warning"));
        Assert.Equal(Theme.DefaultTones["severity-low"].Fill, t.CalloutAccent("tip")); // a default entry kept
        Assert.Equal(t.Colors.Accent, t.CalloutAccent("summary"));
        Assert.Equal(5, t.KeyFiguresPerRow);
        Assert.Equal(3, t.ContentsLevels);
    }

    [Theory]
    [InlineData("page:\n  margins: { left: 300, right: 300 }\n", 2, "-4.7x723.2 pt text area on the A4 page")]
    [InlineData("page:\n  size: Letter\n  margins: { left: 250, right: 250 }\n", 3, "112x673.3 pt text area on the Letter page")]
    [InlineData("page:\n  margins: { left: 230, right: 230 }\n", 2, "135.3x723.2 pt text area on the A4 page")]
    public void Margins_that_leave_no_text_area_are_an_error_at_the_margins(string theme, int line, string message)
    {
        var error = SingleError(theme);
        Assert.Equal((line, 12), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.Contains("at least 144x144 pt", error.Message);
        Assert.Contains("left + right may be at most", error.Hint);
    }

    [Fact]
    public void Margins_are_checked_against_the_page_size_wherever_it_is_written()
    {
        // 230 + 230 leaves 135 pt on A4 but 152 pt on Letter, named after the margins.
        var layout = LayoutTestKit.Load(("report.md.sbn", "# R\n"), ("theme.yaml", "page:\n  margins: { left: 230, right: 230 }\n  size: Letter\n"));
        Assert.Equal(152, layout.Theme.PageWidth - layout.Theme.Margins.Left - layout.Theme.Margins.Right, 3);
    }

    [Theory]
    [InlineData("sizes: { body: 0 }", "from 6 to 24", "9 to 12 pt")]
    [InlineData("sizes: { body: -3 }", "from 6 to 24", "9 to 12 pt")]
    [InlineData("sizes: { title: 10000 }", "from 8 to 72", "18 to 28 pt")]
    [InlineData("sizes: { heading2: .nan }", "from 6 to 48", "11 to 18 pt")]
    [InlineData("sizes: { code: 1e400 }", "from 5 to 18", "7 to 9 pt")]
    public void Absurd_font_sizes_are_an_error_with_the_sensible_range(string theme, string range, string usual)
    {
        var error = SingleError(theme);
        Assert.Equal((1, theme.IndexOf(": ", 9, StringComparison.Ordinal) + 3), (error.Line, error.Column)); // at the value
        Assert.Contains(range, error.Message);
        Assert.Contains(usual, error.Hint);
    }

    [Fact]
    public void A_size_too_large_for_the_text_area_is_an_error_at_the_size()
    {
        var error = SingleError("page:\n  margins: { left: 220, right: 220 }\nsizes:\n  body: 12\n  title: 40\n");
        Assert.Equal((5, 10), (error.Line, error.Column)); // at the value
        Assert.Contains("sizes.title 40 pt is too large for the 155.3x723.2 pt text area", error.Message);
        Assert.Contains("at most 31 pt", error.Message);
    }

    [Theory]
    [InlineData("colors:\n  text: \"#1D29ZZ\"\n  bogus: 3\n", new[] { 2, 3 })]
    [InlineData("tones:\n  severity-medium: { fill: \"#FDB022\", text: \"#1D29ZZ\"\n  bogus: 3\n", new[] { 2 })]
    [InlineData("callouts: { note: no-such-tone }\n", new[] { 1 })]
    [InlineData("key_figures: { per_row: 0 }\ncontents: { levels: 2.5 }\n", new[] { 1, 2 })]
    public void Unknown_keys_bad_colours_and_broken_yaml_are_errors_at_their_lines(string theme, int[] lines)
    {
        var result = Load(theme);
        Assert.Null(result.Layout);
        Assert.Equal(lines, result.Diagnostics.Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.True(d.Column > 0, d.ToString()));
    }

    [Fact]
    public void A_huge_logo_is_an_error_at_its_theme_line()
    {
        var dir = LayoutTestKit.Folder(("report.md.sbn", "# R\n"), ("theme.yaml", "colors: { accent: \"#112233\" }\nlogo: big.png\n"));
        File.WriteAllBytes(Path.Combine(dir, "big.png"), PngHeader(30000, 30000));
        var result = ReportLayout.Load(dir);
        Assert.Null(result.Layout);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Contains("30000x30000 pixels", error.Message);
        Assert.Contains("over the limit of 50,000,000 pixels", error.Message);
        Assert.Contains("scale it down", error.Hint);
        Assert.Contains("--max-image-pixels", error.Hint);
    }

    [Fact]
    public void The_logo_cap_is_the_runs_max_image_pixels()
    {
        var dir = LayoutTestKit.Folder(("report.md.sbn", "# R\n"), ("theme.yaml", "logo: wide.png\n"));
        File.WriteAllBytes(Path.Combine(dir, "wide.png"), PngHeader(4000, 1000));
        var tight = ReportLayout.Load(dir, maxImagePixels: 1_000_000);
        Assert.Contains("over the limit of 1,000,000 pixels", Assert.Single(tight.Diagnostics).Message);
        var raised = ReportLayout.Load(dir, maxImagePixels: 4_000_000);
        Assert.Empty(raised.Diagnostics);
        Assert.NotNull(raised.Layout);
    }

    /// <summary>The first bytes of a PNG claiming a size: all a header check reads.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 6;
        return bytes;
    }
}
