namespace ReportGen.Cli.Tests.Render;

/// <summary>A temporary folder with helpers to lay out incident files; deleted on dispose.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public string Path_(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every file under the root, relative, sorted.</summary>
    public IReadOnlyList<string> Files(string relative = "") =>
        Directory.Exists(Path_(relative))
            ? Directory.EnumerateFiles(Path_(relative), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path_(relative), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    public static string ValidIncident(string id, string title = "Checkout API returned 503s") => $"""
        id: {id}
        title: {title}
        severity: high
        status: draft
        started_at: 2026-03-14T09:12:00Z
        summary: |
          The checkout API returned **503** errors for 47 minutes after the database pool was exhausted.
        timeline:
          - at: "09:12"
            event: Error-rate alert fired for checkout-api
            kind: detection
          - at: "09:40"
            event: Pool size raised from 50 to 120
            kind: mitigation
        """;

    public const string InvalidIncident = """
        id: INC-BAD
        title: Broken file
        severity: extreme
        started_at: 2026-03-14T09:12:00Z
        timeline:
          - at: "09:12"
            event: Something happened
        """;
}
