using System.Globalization;
using ReportGen.Document.Diagnostics;
using ReportGen.Core.Fingerprints;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Markdown;
using ReportGen.Core.Model;
using ReportGen.Core.Provenance;
using ReportGen.Document;

namespace ReportGen.Core;

/// <summary>Turns a loaded incident into the intermediate Markdown (through the layout) and the Document model both
/// writers consume. One instance serves a run; <see cref="Build(string, Incident, IncidentFigures, string?)"/> may be called
/// from several threads at once. Problems caused by the input or the layout come back as diagnostics, never as
/// exceptions.</summary>
public sealed class ReportBuilder
{
    private readonly ReportLayout _layout;
    private readonly DateTimeOffset? _sourceDateEpoch;
    private readonly Func<Figure, ImageData?> _readFigure;
    private readonly LayoutBudget _budget;
    private readonly LinkPolicy _links;

    /// <summary>A builder for <paramref name="layout"/>. <c>SOURCE_DATE_EPOCH</c> is read once, here.</summary>
    public ReportBuilder(ReportLayout layout)
        : this(layout, LayoutBudget.Default)
    {
    }

    /// <summary>A builder for <paramref name="layout"/> whose renders may use <paramref name="budget"/> (see
    /// <see cref="LayoutBudget"/>). <c>SOURCE_DATE_EPOCH</c> is read once, here.</summary>
    public ReportBuilder(ReportLayout layout, LayoutBudget budget)
        : this(layout, ReadSourceDateEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")), FigureImages.Read, budget)
    {
    }

    internal ReportBuilder(ReportLayout layout, DateTimeOffset? sourceDateEpoch, Func<Figure, ImageData?> readFigure, LayoutBudget? budget = null)
    {
        _layout = layout;
        _sourceDateEpoch = sourceDateEpoch;
        _readFigure = readFigure;
        _budget = budget ?? LayoutBudget.Default;
        _links = new LinkPolicy(layout.Theme.LinkSchemes);
        _templateDisplay = layout.DisplayPath;
    }

    /// <summary>How diagnostics name a layout file (one delegate for every build).</summary>
    private readonly Func<string, string> _templateDisplay;

    /// <summary>This builder for readers of the document's text only (<c>reportgen import</c>, which compares values and
    /// writes no report): figure files are not read, each figure gets an empty image, so a .docx imports whether or not
    /// its figures are at hand.</summary>
    internal ReportBuilder ForTextOnly() => new(_layout, _sourceDateEpoch, _ => EmptyImage, _budget);

    private static readonly ImageData EmptyImage = new([], ImageFormat.Png, 1, 1);

    /// <summary>The link schemes the layout's theme allows besides http, https and mailto (validation warns about the
    /// others with these in mind).</summary>
    public IReadOnlyList<string> LinkSchemes => _layout.Theme.LinkSchemes;

    /// <summary>Renders one loaded incident. A load that failed gives a single error and no document (the loader's
    /// own diagnostics are not repeated).</summary>
    public BuildResult Build(LoadResult loaded)
    {
        if (loaded.Incident is null || loaded.Figures is null || loaded.HasErrors)
            return new BuildResult(null, null,
                [new Diagnostic(DiagnosticSeverity.Error, loaded.File, 0, 0, "not rendered: the incident file has errors")]);
        var built = Build(loaded.File, loaded.Incident, loaded.Figures, loaded.SourceSha256, loaded.Positions);
        // The file's own bytes go with the report (the .docx carries them for 'reportgen import').
        return built.Document is { } document && loaded.SourceBytes is { } bytes
            ? built with { Document = document with { Settings = document.Settings with { SourceBytes = bytes } } }
            : built;
    }

    /// <summary>Renders one incident. <paramref name="file"/> is the incident file as the user named it (diagnostics
    /// about the Markdown name <c>&lt;file name&gt;.md</c>). The document is null when there are errors.
    /// <paramref name="sourceSha256"/> is the hash of the incident file's bytes (<see cref="LoadResult.SourceSha256"/>):
    /// with it the document carries a <see cref="SourceFingerprint"/>, without it none.</summary>
    public BuildResult Build(string file, Incident incident, IncidentFigures figures, string? sourceSha256 = null) =>
        Build(file, incident, figures, sourceSha256, null);

    /// <summary>Renders one incident; with <paramref name="positions"/> (from the loader), blocks and Markdown problems
    /// point at the incident file's lines.</summary>
    internal BuildResult Build(string file, Incident incident, IncidentFigures figures, string? sourceSha256, IncidentPositions? positions)
    {
        using var culture = InvariantCultureScope.Enter(); // what a layout prints never depends on the machine's locale
        var diagnostics = new List<Diagnostic>();
        var chart = TimelineChartBuilder.Build(incident, figures);
        var values = ValuePaths.Of(incident);
        var markdown = _layout.Render(TemplateModel.Build(incident, figures, chart is not null, positions), diagnostics, _budget, values, out var sources);
        if (markdown is null) return new BuildResult(null, null, diagnostics);

        // One side table says where every piece of the Markdown came from and which incident value it shows: blocks get
        // their origin (diagnostics) and their value marks (the .docx, for import) from it; the Markdown holds no marker.
        var markdownSources = new MarkdownSources(markdown, sources, file, _templateDisplay, values);
        var images = (incident.Impact?.Figures ?? []).DistinctBy(f => f.Path).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var content = LayoutMarkdown.Map(markdown, MarkdownFileName(file), _layout.Name, incident.Title, problems => new DocumentMapper(
            problems, path => images.TryGetValue(path, out var f) ? _readFigure(f) : null, chart, _layout.Theme.ContentsLevels, _links), diagnostics, markdownSources);
        if (content is not { } mapped) return new BuildResult(markdown, null, diagnostics);
        var (blocks, settings) = mapped;

        settings = settings with
        {
            IsDraft = incident.Status != IncidentStatus.Final,
            Created = CreatedDate(incident),
            Source = sourceSha256 is null ? null : new SourceFingerprint(sourceSha256, _layout.ContentSha256, ReportGenVersion.Current),
        };
        var document = new ReportDocument { Settings = settings, Theme = _layout.Theme, Blocks = blocks, SourceFile = file };
        return new BuildResult(markdown, document, diagnostics);
    }

    /// <summary>The name <c>--format md</c> gives the Markdown of an input: <c>incident.yaml</c> → <c>incident.md</c>.</summary>
    public static string MarkdownFileName(string inputFile) => Path.GetFileNameWithoutExtension(inputFile) + ".md";

    private DateTimeOffset CreatedDate(Incident incident) =>
        incident.PostmortemDate is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : _sourceDateEpoch ?? new DocumentSettings { Title = "" }.Created;

    internal static DateTimeOffset? ReadSourceDateEpoch(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}

/// <summary>What <see cref="ReportBuilder"/> made: the intermediate Markdown (null when the layout failed), the
/// document (null when there are errors) and every diagnostic.</summary>
/// <param name="Markdown">The layout's output.</param>
/// <param name="Document">The Document model for the writers.</param>
/// <param name="Diagnostics">Layout errors (layout file:line:col) and Markdown problems (Markdown line).</param>
public sealed record BuildResult(string? Markdown, ReportDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
