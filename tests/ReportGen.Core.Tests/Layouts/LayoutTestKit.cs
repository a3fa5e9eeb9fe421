using ReportGen.Core.Layouts;
using ReportGen.Core.Model;
using ReportGen.Document;

namespace ReportGen.Core.Tests.Layouts;

/// <summary>Shared helpers: the built-in layout (loaded once; layouts are immutable) and temporary layout folders.</summary>
internal static class LayoutTestKit
{
    private static readonly Lazy<ReportLayout> DefaultLayout = new(() =>
    {
        var result = ReportLayout.Load(null);
        Assert.True(result.Layout is not null, string.Join("\n", result.Diagnostics));
        return result.Layout!;
    });

    public static ReportLayout Default => DefaultLayout.Value;

    public static readonly ImageData TinyPng = new([0x89, 0x50, 0x4E, 0x47], ImageFormat.Png, 4, 3);

    public static BuildResult Build(Incident incident, ReportLayout? layout = null) =>
        new ReportBuilder(layout ?? Default, null, _ => TinyPng).Build("incidents/inc.yaml", incident, TestIncidents.FiguresOf(incident));

    /// <summary>A layout folder in a fresh temp directory holding the given files.</summary>
    public static string Folder(params (string Path, string Text)[] files)
    {
        var dir = Path.Combine(Path.GetTempPath(), "rg-layout-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static ReportLayout Load(params (string Path, string Text)[] files)
    {
        var result = ReportLayout.Load(Folder(files));
        Assert.True(result.Layout is not null, string.Join("\n", result.Diagnostics));
        return result.Layout!;
    }
}
