using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Documents;
using ReportGen.Pdf.Tests.Fixtures;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>Every document the parity test renders to both formats: each example (through the built-in layout, as
/// <c>reportgen render</c> does) and the documents the writer test suites are built on.</summary>
internal static class ParityCases
{
    private static readonly Lazy<ReportBuilder> Builder = new(() =>
    {
        var layout = ReportLayout.Load(null);
        Assert.True(layout.Layout is not null, string.Join("\n", layout.Diagnostics));
        return new ReportBuilder(layout.Layout!);
    });

    /// <summary>The names of every case: <c>example:NAME</c> for each examples/*.yaml, then the fixtures.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Directory.GetFiles(Path.Combine(RepoRoot(), "examples"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(p => "example:" + Path.GetFileNameWithoutExtension(p)),
        "pdf:typical", "pdf:stress", "pdf:dense", "docx:postmortem", "docx:stress",
    ];

    /// <summary>The document of a case.</summary>
    public static ReportDocument Document(string name) => name switch
    {
        "pdf:typical" => ReportFixtures.Typical(),
        "pdf:stress" => StressFixtures.Stress(),
        "pdf:dense" => StressFixtures.Dense(6),
        "docx:postmortem" => ReportGen.Docx.Tests.Support.PostmortemFixture.Create(),
        "docx:stress" => ReportGen.Docx.Tests.Support.StressFixture.Create(),
        _ when name.StartsWith("example:", StringComparison.Ordinal) => Example(name["example:".Length..]),
        _ => throw new ArgumentException($"no parity case '{name}'", nameof(name)),
    };

    private static ReportDocument Example(string stem)
    {
        var loaded = IncidentLoader.Load(Path.Combine(RepoRoot(), "examples", stem + ".yaml"));
        var built = Builder.Value.Build(loaded);
        Assert.True(built.Document is not null, string.Join("\n", built.Diagnostics));
        return built.Document!;
    }

    /// <summary>The repository root, from this source file's place in it.</summary>
    public static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
