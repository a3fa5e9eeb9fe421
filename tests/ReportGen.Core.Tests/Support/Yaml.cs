using ReportGen.Document.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Tests.Support;

/// <summary>Loads incident text from a test and finds diagnostics in the result.</summary>
internal static class Yaml
{
    /// <summary>The smallest valid incident; tests append or replace lines. Lines: 1 id, 2 title, 3 severity,
    /// 4 started_at, 5 timeline, 6 - at, 7 event.</summary>
    public const string Minimal = """
        id: INC-1
        title: Test incident
        severity: low
        started_at: 2026-03-14T09:00:00Z
        timeline:
          - at: "09:00"
            event: Something happened

        """;

    public static LoadResult Load(string text, string? baseDirectory = null, LoadOptions? options = null) =>
        IncidentLoader.LoadText(text.Replace("\r\n", "\n"), "t.yaml", baseDirectory ?? Path.GetTempPath(), options);

    /// <summary>The one diagnostic whose message contains <paramref name="fragment"/> (fails when none or several).</summary>
    public static Diagnostic Single(LoadResult result, string fragment) =>
        Assert.Single(result.Diagnostics, d => d.Message.Contains(fragment, StringComparison.Ordinal));

    /// <summary>Asserts severity, position, path and hint in one go.</summary>
    public static void AssertAt(Diagnostic d, DiagnosticSeverity severity, int line, int column, string? path, string hintFragment)
    {
        Assert.Equal(severity, d.Severity);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal(path, d.Path);
        Assert.Contains(hintFragment, d.Hint ?? "", StringComparison.Ordinal);
    }
}
