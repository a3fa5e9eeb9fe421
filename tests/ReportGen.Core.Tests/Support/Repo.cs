namespace ReportGen.Core.Tests.Support;

/// <summary>Finds files of the repository (examples) from the test output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Example(string name) => Path.Combine(Examples, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
