using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Document;

namespace ReportGen.Testing;

/// <summary>Fixtures built from <c>examples/</c>: an example loaded and checked, and its report built through the
/// built-in layout as <c>reportgen render</c> builds it.</summary>
public static class ExampleReports
{
    private static readonly Lazy<ReportLayout> BuiltInLayout = new(() =>
    {
        var result = ReportLayout.Load(null);
        return result.Layout ?? throw new InvalidOperationException(
            "the built-in layout does not load:\n" + string.Join("\n", result.Diagnostics));
    });

    /// <summary>The built-in layout, loaded once (layouts are immutable).</summary>
    public static ReportLayout Layout => BuiltInLayout.Value;

    /// <summary>The names (file stems) of every example, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => RepoPaths.ExampleFiles.Select(Path.GetFileNameWithoutExtension).ToList()!;

    /// <summary>Example <paramref name="stem"/> (e.g. <c>checkout-outage</c>) loaded; fails when it has errors.</summary>
    public static LoadResult Load(string stem)
    {
        var loaded = IncidentLoader.Load(RepoPaths.Example(stem + ".yaml"));
        if (loaded.Incident is null)
            throw new InvalidOperationException($"example {stem} does not load:\n" + string.Join("\n", loaded.Diagnostics));
        return loaded;
    }

    /// <summary>The report document of example <paramref name="stem"/>, built through the built-in layout.</summary>
    public static ReportDocument Document(string stem)
    {
        var built = new ReportBuilder(Layout).Build(Load(stem));
        return built.Document ?? throw new InvalidOperationException(
            $"example {stem} does not build:\n" + string.Join("\n", built.Diagnostics));
    }
}
