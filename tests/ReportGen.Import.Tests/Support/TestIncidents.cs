namespace ReportGen.Import.Tests.Support;

/// <summary>The incident files kept with these tests (<c>Incidents/</c>), for cases the examples do not have.</summary>
internal static class TestIncidents
{
    /// <summary>The folder.</summary>
    public static string Folder => RepoPaths.Under("tests", "ReportGen.Import.Tests", "Incidents");

    /// <summary>Every incident file of the folder, full paths in ordinal order.</summary>
    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).ToList();

    /// <summary>A workspace rendered from <c>Incidents/NAME.yaml</c>.</summary>
    public static Workspace Open(string name) => new(File.ReadAllText(Path.Combine(Folder, name + ".yaml")), name);
}
