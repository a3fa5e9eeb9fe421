using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;

namespace ReportGen.Pdf.Tests.Parity;

/// <summary>Every document the parity test renders to both formats: each example (through the built-in layout, as
/// <c>reportgen render</c> does) and the documents the writer test suites are built on.</summary>
internal static class ParityCases
{
    /// <summary>The names of every case: <c>example:NAME</c> for each examples/*.yaml, then the fixtures.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. ExampleReports.Names.Select(stem => "example:" + stem),
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
        _ when name.StartsWith("example:", StringComparison.Ordinal) => ExampleReports.Document(name["example:".Length..]),
        _ => throw new ArgumentException($"no parity case '{name}'", nameof(name)),
    };
}
