namespace ReportGen.Testing;

/// <summary>Files of the repository (examples, golden files, shipped and test fonts), found from the test binary's
/// folder: the one "where is the repository" answer every test project uses.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds <c>ReportGen.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>examples</c> folder.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>A file in <c>examples</c>, e.g. <c>Example("checkout-outage.yaml")</c>.</summary>
    public static string Example(string name) => Path.Combine(Examples, name);

    /// <summary>Every <c>examples/*.yaml</c>, full paths in ordinal order.</summary>
    public static IReadOnlyList<string> ExampleFiles =>
        Directory.GetFiles(Examples, "*.yaml").Order(StringComparer.Ordinal).ToList();

    /// <summary>The fonts ReportGen ships (<c>src/ReportGen.Pdf/Fonts</c>).</summary>
    public static string ShippedFonts => Path.Combine(Root, "src", "ReportGen.Pdf", "Fonts");

    /// <summary>A path below the root, from its parts.</summary>
    public static string Under(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (ReportGen.sln) not found above " + AppContext.BaseDirectory);
    }
}
