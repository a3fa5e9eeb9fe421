namespace ReportGen.Core.Tests.Layouts;

/// <summary>Finds the repository (examples, golden files) from the test binary's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Golden => Path.Combine(Root, "tests", "ReportGen.Core.Tests", "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (ReportGen.sln) not found above " + AppContext.BaseDirectory);
    }
}
