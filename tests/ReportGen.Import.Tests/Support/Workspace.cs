using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Docx;
using ReportGen.Document;

namespace ReportGen.Import.Tests.Support;

/// <summary>A scratch folder (<see cref="TempFolder"/>) holding a copy of an incident file, the example figures and the
/// .docx rendered from it, as a facilitator would have them.</summary>
internal sealed class Workspace : IDisposable
{
    private static readonly Lazy<ReportBuilder> Builder = new(() => new ReportBuilder(ExampleReports.Layout));
    private readonly TempFolder _folder = new();

    /// <summary>Writes <paramref name="yamlText"/> as <c>NAME.yaml</c> and renders it to <c>NAME.docx</c> with
    /// <paramref name="layout"/> (the built-in layout when null).</summary>
    public Workspace(string yamlText, string name = "incident", ReportLayout? layout = null)
    {
        foreach (var file in System.IO.Directory.GetFiles(RepoPaths.Under("examples", "figures")))
            _folder.WriteBytes(Path.Combine("figures", Path.GetFileName(file)), File.ReadAllBytes(file));
        Yaml = _folder.Write(name + ".yaml", yamlText);
        Docx = _folder.PathOf(name + ".docx");
        Layout = layout;
        Render(Yaml, Docx, layout);
    }

    /// <summary>A workspace for an example file of the repository.</summary>
    public static Workspace ForExample(string fileName) =>
        new(File.ReadAllText(RepoPaths.Example(fileName)), Path.GetFileNameWithoutExtension(fileName));

    public string Directory => _folder.Path;
    public string Yaml { get; }
    public string Docx { get; }

    /// <summary>The layout the .docx was rendered with (null: the built-in one).</summary>
    public ReportLayout? Layout { get; }

    /// <summary>Renders an incident file to a .docx the way 'reportgen render' does.</summary>
    public static void Render(string yaml, string docx, ReportLayout? layout = null)
    {
        var loaded = IncidentLoader.Load(yaml);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var built = (layout is null ? Builder.Value : new ReportBuilder(layout)).Build(loaded);
        Assert.NotNull(built.Document);
        using var output = File.Create(docx);
        new DocxWriter(Options).Write(built.Document!, output);
    }

    /// <summary>As the CLI renders: an SVG figure is in the .docx (with a PNG for viewers without SVG; any PNG does here).</summary>
    private static readonly DocxWriterOptions Options = new()
    {
        SvgRasterizer = (_, _, _) => ImageProbe.TryRead(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "examples", "figures", "error-rate.png")), out var png, out _)
            ? new RasterizedSvg(png!, []) : null,
    };

    /// <summary>Imports the workspace's .docx (or <paramref name="docx"/>) into its incident file (nothing written).</summary>
    public ImportResult Import(string? docx = null) => Run(new ImportRequest(docx ?? Docx, Yaml));

    /// <summary>Edits the workspace's .docx the way Word stores it (<paramref name="edit"/>), then imports it.</summary>
    public ImportResult ImportAfter(Action<DocxEdit> edit)
    {
        using (var docx = new DocxEdit(Docx)) edit(docx);
        return Import();
    }

    /// <summary>As <see cref="ImportAfter"/>, for an edit that must import: the new YAML text.</summary>
    public string Edited(Action<DocxEdit> edit)
    {
        var result = ImportAfter(edit);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.NewText!;
    }

    /// <summary>Runs <paramref name="request"/> with the layout the workspace rendered with.</summary>
    public ImportResult Run(ImportRequest request) =>
        Layout is null ? ImportService.Run(request, Builder.Value) : ImportService.Run(request, new ReportBuilder(Layout));

    public void Dispose() => _folder.Dispose();
}
