using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>WCAG contrast of the tones (badge text on badge fill, in the PDF and the .docx alike): every tone of the
/// default theme reads at 4.5:1 or more, and a user's theme.yaml tone below that is a warning at its line.</summary>
public class ThemeContrastTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#767676", "#FFFFFF", 4.54)] // the lightest grey WCAG's examples accept on white
    [InlineData("#777777", "#FFFFFF", 4.48)]
    [InlineData("#FFFFFF", "#0000FF", 8.59)]
    public void Contrast_is_wcag_s_ratio_of_relative_luminances(string a, string b, double expected) =>
        Assert.Equal(expected, ColorContrast.Ratio(RgbColor.Parse(a), RgbColor.Parse(b)), 2);

    /// <summary>The default theme: the built-in tones and the shipped layout's theme.yaml that overrides them.</summary>
    public static TheoryData<string> DefaultTones()
    {
        var data = new TheoryData<string>();
        foreach (var name in LayoutTestKit.Default.Theme.Tones.Keys.Union(Theme.DefaultTones.Keys).Order(StringComparer.Ordinal))
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultTones))]
    public void Every_default_tone_has_text_that_reads_on_its_fill(string name)
    {
        foreach (var tone in new[] { LayoutTestKit.Default.Theme.FindTone(name), new Theme().FindTone(name) })
        {
            Assert.NotNull(tone);
            var ratio = ColorContrast.Ratio(tone.Fill, tone.Text);
            Assert.True(ratio >= 4.5, $"tone '{name}': {tone.Text} on {tone.Fill} is {ratio:0.00}:1, below 4.5:1");
        }
    }

    [Fact]
    public void The_shipped_layout_loads_without_a_contrast_warning()
    {
        Assert.Empty(ReportLayout.Load(null).Diagnostics);
        Assert.Empty(ReportLayout.Load(Path.Combine(RepoPaths.Root, "layouts", "postmortem")).Diagnostics);
    }

    [Fact]
    public void A_tone_below_4_5_to_1_is_a_warning_at_its_line_and_the_layout_still_loads()
    {
        var result = ReportLayout.Load(LayoutTestKit.Folder(("report.md.sbn", "# R\n"), ("theme.yaml", """
            tones:
              brand:     { fill: "#12B76A", text: "#FFFFFF" }
              readable:  { fill: "#067647", text: "#FFFFFF" }
              pale:      { fill: "#F2F4F7", text: "#98A2B3" }
            """)));
        Assert.NotNull(result.Layout);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal([(2, 14), (4, 14)], result.Diagnostics.Select(d => (d.Line, d.Column)));
        var brand = result.Diagnostics[0];
        Assert.EndsWith("/theme.yaml", brand.File);
        Assert.Contains("tone 'brand': text #FFFFFF on fill #12B76A has a contrast of 2.62:1, below the 4.5:1", brand.Message);
        Assert.Contains("tone 'pale'", result.Diagnostics[1].Message);
        Assert.Matches(@"theme\.yaml:2:14: warning: tone 'brand'", brand.ToString());
    }
}
