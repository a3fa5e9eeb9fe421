using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Document;

namespace ReportGen.Import.Tests.Support;

/// <summary>A temporary folder holding a copy of an incident file (and the example figures) and the .docx rendered
/// from it, as a facilitator would have them.</summary>
internal sealed class Workspace : IDisposable
{
    private static readonly Lazy<ReportBuilder> Builder = new(() => new ReportBuilder(ReportLayout.Load(null).Layout!));

    public Workspace(string yamlText, string name = "incident")
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("rg-import-").FullName;
        var figures = Path.Combine(Repo.Root, "examples", "figures");
        var target = Path.Combine(Directory, "figures");
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(figures)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        Yaml = Path.Combine(Directory, name + ".yaml");
        File.WriteAllText(Yaml, yamlText);
        Docx = Path.Combine(Directory, name + ".docx");
        Render(Yaml, Docx);
    }

    /// <summary>A workspace for an example file of the repository.</summary>
    public static Workspace ForExample(string fileName) =>
        new(File.ReadAllText(Path.Combine(Repo.Root, "examples", fileName)), Path.GetFileNameWithoutExtension(fileName));

    public string Directory { get; }
    public string Yaml { get; }
    public string Docx { get; }

    /// <summary>Renders an incident file to a .docx the way 'reportgen render' does.</summary>
    public static void Render(string yaml, string docx)
    {
        var loaded = IncidentLoader.Load(yaml);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var built = Builder.Value.Build(loaded);
        Assert.NotNull(built.Document);
        using var output = File.Create(docx);
        new DocxWriter(Options).Write(built.Document!, output);
    }

    /// <summary>As the CLI renders: an SVG figure is in the .docx (with a PNG for viewers without SVG; any PNG does here).</summary>
    private static readonly DocxWriterOptions Options = new()
    {
        SvgRasterizer = (_, _, _) => ImageProbe.TryRead(File.ReadAllBytes(Path.Combine(Repo.Root, "examples", "figures", "error-rate.png")), out var png, out _)
            ? new RasterizedSvg(png!, []) : null,
    };

    /// <summary>Imports the workspace's .docx into its incident file (nothing written).</summary>
    public ImportResult Import(string? docx = null) => ImportService.Run(new ImportRequest(docx ?? Docx, Yaml));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The repository root (found from the test binary's folder).</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
