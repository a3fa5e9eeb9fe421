using ReportGen.Core;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Layouts;
using ReportGen.Document;

namespace ReportGen.Cli.Rendering;

/// <summary>What one run shares across files, loaded once and read-only afterwards: the compiled layout and its
/// theme, the report builder, and the writers (fonts and styles inside them), looked up by their format in the
/// <see cref="WriterRegistry"/> (render and review share them). Writers are created on first use, so <c>--format md</c> never pays for loading fonts.
/// Safe to use from parallel workers.</summary>
internal sealed class RenderResources : IDisposable
{
    private readonly Dictionary<string, Lazy<IDocumentWriter>> _writers = new(StringComparer.Ordinal);
    private readonly RenderOptions _options;
    private Theme? _theme;

    private RenderResources(WriterRegistry registry, RenderOptions options)
    {
        _options = options;
        foreach (var registration in registry.Formats.SelectMany(f => f.Writers).Distinct(StringComparer.Ordinal).Select(f => registry.Writer(f)!))
            _writers[registration.Format] = new Lazy<IDocumentWriter>(() => Create(registration), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The layout loaded for the run (postmortem for render, review for review).</summary>
    public ReportLayout Layout { get; private set; } = null!;

    /// <summary>How much work one layout render may do (<c>--layout-budget</c>).</summary>
    public LayoutBudget Budget => _options.LayoutBudget;

    /// <summary>Incident → Markdown → Document (for a postmortem layout).</summary>
    public ReportBuilder Builder { get; private set; } = null!;

    /// <summary>The run's writer whose <see cref="IDocumentWriter.Format"/> is <paramref name="format"/>, created on first use.</summary>
    public IDocumentWriter Writer(string format) =>
        _writers.TryGetValue(format, out var writer) ? writer.Value : throw new ArgumentException($"no writer is registered for '{format}'", nameof(format));

    /// <summary>Loads the postmortem layout; returns null with diagnostics when the layout is unusable.</summary>
    public static RenderResources? Load(RenderOptions options, out IReadOnlyList<Diagnostic> diagnostics) =>
        Load(options, LayoutKind.Postmortem, WriterRegistry.BuiltIn, out diagnostics);

    /// <summary>Loads a layout of <paramref name="kind"/> (<c>--layout</c>, else the built-in one of that kind).</summary>
    public static RenderResources? Load(RenderOptions options, LayoutKind kind, out IReadOnlyList<Diagnostic> diagnostics) =>
        Load(options, kind, WriterRegistry.BuiltIn, out diagnostics);

    /// <summary>Loads a layout of <paramref name="kind"/>, with the writers of <paramref name="registry"/>.</summary>
    public static RenderResources? Load(RenderOptions options, LayoutKind kind, WriterRegistry registry, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var resources = new RenderResources(registry, options);
        // Fonts and Skia load on the other core while the layout compiles: most of a one-file render's cold start.
        foreach (var registration in options.Formats.SelectMany(f => f.Writers).Distinct(StringComparer.Ordinal).Select(f => registry.Writer(f)!))
            if (registration.Warm is { } warm)
                _ = Task.Run(() => warm(resources.Writer(registration.Format)));
        var layout = ReportLayout.Load(options.LayoutDirectory, kind, options.LoadOptions.MaxImagePixels);
        diagnostics = layout.Diagnostics;
        if (layout.Layout is null) { resources.Dispose(); return null; }
        resources._theme = layout.Layout.Theme;
        resources.Layout = layout.Layout;
        resources.Builder = new ReportBuilder(layout.Layout, options.LayoutBudget);
        return resources;
    }

    private IDocumentWriter Create(WriterRegistration registration)
    {
        // A writer warmed up while the layout loads is created before the theme is known: such a writer must not need it.
        var writer = registration.Create(new WriterSetup(_options, _theme ?? new Theme(), Writer));
        if (writer.Format != registration.Format)
            throw new InvalidOperationException($"the writer registered for '{registration.Format}' says its format is '{writer.Format}'");
        return writer;
    }

    /// <summary>Releases the writers that were created and hold resources (fonts).</summary>
    public void Dispose()
    {
        foreach (var writer in _writers.Values)
            if (writer.IsValueCreated && writer.Value is IDisposable disposable)
                disposable.Dispose();
    }
}
