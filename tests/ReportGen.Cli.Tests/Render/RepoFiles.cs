namespace ReportGen.Cli.Tests.Render;

/// <summary>Finds files of the repository (examples) from the test's output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> Examples =>
        Directory.GetFiles(Path.Combine(Root, "examples"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
