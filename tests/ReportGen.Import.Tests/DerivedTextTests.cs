using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Text the report computes (key figures, labels) is never imported (times and dates are: see TimeEditTests); each edit to it is a
/// warning that names what to edit instead.</summary>
public sealed class DerivedTextTests
{
    [Fact]
    public void An_edited_key_figure_is_ignored_with_a_warning_naming_its_source()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx)) docx.SetKeyFigure("Time to detect", "5 min");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("the 'Time to detect' figure is computed from detected_at", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_label_cell_is_ignored_with_a_warning_naming_the_key()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx)) docx.SetCell("timeline[3].event", 3, "Escalation");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("Timeline, row 4, Kind: 'Escalation'", StringComparison.Ordinal)
                                              && w.Contains("edit timeline[3].kind", StringComparison.Ordinal));
    }
}
