using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using ReportGen.Document;
using static ReportGen.Core.Tests.Markdown.DocumentQuery;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Layouts;

/// <summary><c>impact.figures[].alt</c>: the text screen readers get for a figure (the title when absent), while the
/// title stays the caption.</summary>
public sealed class FigureAltTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public FigureAltTests() => File.Copy(RepoPaths.Example("figures/db-pool.png"), _dir.WriteBytes("chart.png", []), overwrite: true);

    public void Dispose() => _dir.Dispose();

    private LoadResult LoadFigure(string title, string? alt) => Load(Minimal + $"""
        impact:
          figures:
            - title: {title}
              path: chart.png
        {(alt is null ? "" : $"      alt: {alt}\n")}
        """, _dir.Path);

    private static FigureBlock Figure(LoadResult loaded)
    {
        var result = new ReportBuilder(LayoutTestKit.Default).Build(loaded);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return Assert.Single(AllBlocks(result.Document.Blocks).OfType<FigureBlock>(), f => f.Source == "chart.png");
    }

    [Fact]
    public void The_alt_text_is_loaded_and_given_to_the_figure_while_the_title_stays_its_caption()
    {
        var loaded = LoadFigure("Pool usage", "Usage climbs from 40% to 100% at 09:20 and stays there");
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Usage climbs from 40% to 100% at 09:20 and stays there", loaded.Incident!.Impact!.Figures[0].Alt);
        var figure = Figure(loaded);
        Assert.Equal(("Pool usage", "Usage climbs from 40% to 100% at 09:20 and stays there"), (figure.Caption, figure.AltText));
    }

    [Fact]
    public void Without_alt_text_the_title_serves_for_both()
    {
        var loaded = LoadFigure("Pool usage", null);
        Assert.Null(loaded.Incident!.Impact!.Figures[0].Alt);
        Assert.Equal("Pool usage", loaded.Incident.Impact.Figures[0].AltText);
        var figure = Figure(loaded);
        Assert.Equal(("Pool usage", "Pool usage"), (figure.Caption, figure.AltText));
    }

    [Fact]
    public void A_caption_with_quotes_brackets_and_markup_characters_arrives_exactly()
    {
        const string title = "'Pool \"usage\" [per pod] \\ *raw* {x} <b> & 100%'";
        var figure = Figure(LoadFigure(title, "Usage per pod"));
        Assert.Equal("Pool \"usage\" [per pod] \\ *raw* {x} <b> & 100%", figure.Caption);
        Assert.Equal("Usage per pod", figure.AltText);
    }

    [Fact]
    public void An_alt_that_is_a_list_is_an_error_at_its_line()
    {
        var d = Single(LoadFigure("Pool usage", "[a, b]"), "expected text");
        AssertAt(d, DiagnosticSeverity.Error, 12, 12, "impact.figures[0].alt", "write text here");
    }
}
