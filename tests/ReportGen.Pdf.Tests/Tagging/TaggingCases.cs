using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.Parity;
using ReportGen.Pdf.Tests.Writer;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>Every document the conformance and structure tests check: the examples and the writer suites' documents
/// (the parity cases), and the edge cases: every shipped script and emoji, SVG figures with an SVG logo, a raster logo
/// and a figure with transparency, one of every block, and a character no font has.</summary>
internal static class TaggingCases
{
    public static IReadOnlyList<string> Names { get; } =
        [.. ParityCases.Names, "scripts:global", "svg:figures", "images:alpha-and-logo", "blocks:all", "text:no-font"];

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
            data.Add(name);
        return data;
    }

    public static ReportDocument Document(string name) => name switch
    {
        "scripts:global" => ScriptFixtures.Global(),
        "svg:figures" => SvgFigures(),
        "images:alpha-and-logo" => Images(),
        "blocks:all" => Documented([.. AllBlocks.Samples()]),
        "text:no-font" => Documented(new HeadingBlock(2, [new TextInline("Glyphs")], "glyphs"),
            new ParagraphBlock([new TextInline("Linear A \U00010600 has no shipped font.")])),
        _ => ParityCases.Document(name),
    };

    /// <summary>The PDF of a case, written once per test run (several test classes read the same files).</summary>
    public static byte[] Pdf(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var pdf))
            {
                // No system fonts: the case with a character no font has must not find one on this machine.
                Cache[name] = pdf = SharedWriter.Pdf(Document(name));
                File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "tagged-" + name.Replace(':', '-') + ".pdf"), pdf);
            }
            return pdf;
        }
    }

    private static readonly Dictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    private static ReportDocument Documented(params Block[] blocks) => new()
    {
        Settings = ReportFixtures.Settings(draft: false),
        Theme = new Theme(),
        Blocks = blocks,
    };

    private static ReportDocument SvgFigures()
    {
        static ImageData Svg(string file, int w, int h) =>
            new(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "ReportGen.Pdf.Tests", "Svg", "Fixtures", file)), ImageFormat.Svg, w, h);
        var document = Documented(
            new TitleBlock("INC-9", [new TextInline("Charts drawn as vectors")], [new Badge("High", "severity-high")]),
            new HeadingBlock(2, [new TextInline("Figures")], "figures"),
            new FigureBlock("figures/chart.svg", "Error rate", "Checkout 5xx error rate over the incident", Svg("matplotlib-chart.svg", 614, 307)),
            new FigureBlock("figures/flow.svg", "Request flow", "", Svg("mermaid-flowchart.svg", 400, 300)),
            new FigureBlock("figures/diagram.svg", "Architecture", "Architecture diagram", Svg("drawio-diagram.svg", 400, 300)));
        return document with { Theme = new Theme { Logo = Svg("mermaid-flowchart.svg", 400, 300) } };
    }

    private static ReportDocument Images()
    {
        var document = Documented(
            new TitleBlock("INC-10", [new TextInline("Pictures")], []),
            new HeadingBlock(2, [new TextInline("Impact")], "impact"),
            new FigureBlock("figures/alpha.png", "Translucent chart", "A chart with a transparent background", PngFiles.Gradient(120, 60, colourType: 6)),
            new FigureBlock("figures/chart.png", "Error rate", "Error rate chart", TestImages.ErrorRateChart()));
        return document with { Theme = new Theme { Logo = TestImages.ErrorRateChart(200, 100) } };
    }
}
