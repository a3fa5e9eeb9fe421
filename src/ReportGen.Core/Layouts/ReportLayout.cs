using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ReportGen.Document.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

/// <summary>A layout: a Scriban template producing Markdown, its partials and its theme. Loaded once per run;
/// immutable and safe to render from several threads at once.</summary>
public sealed class ReportLayout
{
    /// <summary>The template every postmortem layout must have, at the root of its folder (<see cref="LayoutKind"/>
    /// names the main template of each kind).</summary>
    public const string MainTemplate = "report.md.sbn";

    /// <summary>The theme file beside the template (optional: defaults apply without it).</summary>
    public const string ThemeFile = "theme.yaml";

    private readonly LayoutFiles _files;
    private readonly Template _main;
    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly LayoutBuiltins _builtins;

    /// <summary>The Scriban built-ins this layout's templates name (each render gets a fresh copy).</summary>
    internal LayoutBuiltins Builtins => _builtins;

    private ReportLayout(LayoutFiles files, Template main, IReadOnlyDictionary<string, Template> templates, LayoutBuiltins builtins, Theme theme,
        LayoutKind kind)
    {
        Kind = kind;
        _files = files;
        _main = main;
        _templates = templates;
        _builtins = builtins;
        Theme = theme;
        ContentSha256 = files.ContentSha256();
        _displayPaths = templates.Keys.ToDictionary(path => path, files.DisplayPath, StringComparer.Ordinal);
    }

    /// <summary>How diagnostics name each template (a block's origin names one): made once, as every render asks.</summary>
    private readonly Dictionary<string, string> _displayPaths;

    /// <summary>A fixed time limit replacing the budget's (tests shorten it); null uses the budget.</summary>
    internal TimeSpan? FixedTimeLimit { get; private init; }

    /// <summary>A copy of this layout with a fixed time limit.</summary>
    internal ReportLayout WithTimeLimit(TimeSpan limit) => new(_files, _main, _templates, _builtins, Theme, Kind) { FixedTimeLimit = limit };

    /// <summary>What the layout makes (postmortem or review).</summary>
    public LayoutKind Kind { get; }

    /// <summary>Page, fonts and colours from <c>theme.yaml</c>.</summary>
    public Theme Theme { get; }

    /// <summary>SHA-256 of every file of the layout (relative paths and bytes), recorded in each output's source
    /// fingerprint. An exported copy of the built-in layout has the built-in layout's hash.</summary>
    public string ContentSha256 { get; }

    /// <summary>The layout's name: its folder name (<c>postmortem</c> for the built-in one).</summary>
    public string Name => _files.Name;

    /// <summary>Loads a layout folder, or the built-in default when <paramref name="directory"/> is null. Every
    /// template is parsed here; problems come back as diagnostics naming the layout file, line and column. A raster
    /// logo over <paramref name="maxImagePixels"/> (the run's <c>--max-image-pixels</c>) is an error at its line.</summary>
    public static LayoutLoadResult Load(string? directory, long maxImagePixels = ThemeLimits.DefaultMaxLogoPixels) =>
        Load(directory, LayoutKind.Postmortem, maxImagePixels);

    /// <summary>Loads a layout folder of <paramref name="kind"/>, or the built-in one of that kind when
    /// <paramref name="directory"/> is null (see <see cref="Load(string?, long)"/>).</summary>
    public static LayoutLoadResult Load(string? directory, LayoutKind kind, long maxImagePixels = ThemeLimits.DefaultMaxLogoPixels)
    {
        LayoutFiles? files;
        if (directory is null)
            files = LayoutFiles.BuiltIn(kind.Name);
        else if ((files = LayoutFiles.FromDirectory(directory, out var problem)) is null)
            return Fail(new Diagnostic(DiagnosticSeverity.Error, directory, 0, 0, problem!));

        var diagnostics = new List<Diagnostic>();
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var path in files.Paths.Where(p => p.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var text = files.Text(path) ?? "";
            texts.Add(text);
            var template = Template.Parse(text, path);
            foreach (var message in template.Messages)
                diagnostics.Add(At(files, message.Span, message.Message,
                    message.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning));
            templates[path] = template;
        }
        if (!templates.TryGetValue(kind.MainTemplate, out var main))
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, files.DisplayPath(kind.MainTemplate), 0, 0,
                $"layout has no {kind.MainTemplate}", Hint: kind == LayoutKind.Postmortem
                    ? "run 'reportgen layout export DIR' to start from the default layout"
                    : $"a {kind.Name} layout starts from {kind.MainTemplate}: run 'reportgen layout export --name {kind.Name} DIR' to start from the built-in one"));

        var theme = ThemeReader.Read(files, diagnostics, maxImagePixels);
        if (diagnostics.Any(d => d.IsError) || main is null)
            return new LayoutLoadResult(null, diagnostics);
        return new LayoutLoadResult(new ReportLayout(files, main, templates, LayoutBuiltins.For(texts), theme, kind), diagnostics);
    }

    /// <summary>Runs the template on a model within <paramref name="budget"/>; returns the Markdown, or null with a
    /// diagnostic at the layout line (a limit of the budget that is reached is such an error, never a cut output).</summary>
    internal string? Render(ScriptObject model, List<Diagnostic> diagnostics, LayoutBudget budget) =>
        Render(model, diagnostics, budget, null, out _);

    /// <summary>As <see cref="Render(ScriptObject, List{Diagnostic}, LayoutBudget)"/>, with
    /// where each piece of the Markdown comes from (<paramref name="sources"/>: offsets in the Markdown returned, in
    /// order), and which of the incident's <paramref name="values"/> each piece shows whole (null: none is known).</summary>
    internal string? Render(ScriptObject model, List<Diagnostic> diagnostics, LayoutBudget budget, Provenance.ValuePaths? values,
        out IReadOnlyList<OutputSources.Entry> sources)
    {
        sources = [];
        var limits = budget.For(TemplateModel.Measure(model));
        if (FixedTimeLimit is { } fixedTime) limits = limits with { Time = fixedTime };
        using var timeout = new CancellationTokenSource(limits.Time);
        var context = new SandboxContext(_builtins.Create(), new LayoutTemplateLoader(_templates), timeout.Token, limits) { Values = values };
        context.PushGlobal(model);
        try
        {
            var output = context.Output;
            var markdown = EndingInOneLineBreak(_main.Render(context));
            sources = context.Sources.Of(output);
            return markdown;
        }
        catch (Exception e) when (e is ScriptAbortException
                                   || (e is ScriptRuntimeException or OperationCanceledException && (timeout.IsCancellationRequested || context.TimedOut)))
        {
            var span = e is ScriptRuntimeException script ? script.Span : context.CurrentSpan;
            diagnostics.Add(At(_files, span, LayoutStops.TimeLimit(limits), DiagnosticSeverity.Error, limits.RaiseHint));
        }
        catch (ScriptRuntimeException e)
        {
            var limit = LayoutStops.LimitReached(e.OriginalMessage, limits);
            diagnostics.Add(At(_files, e.Span, limit ?? e.OriginalMessage, DiagnosticSeverity.Error, limit is null ? null : limits.RaiseHint));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException
                                       or OverflowException or InsufficientExecutionStackException
                                       or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Thrown by a built-in (string.pad_left, a regex...) or the runtime: Scriban's current node is the call.
            var limit = LayoutStops.LimitReached(e.Message, limits)
                        ?? (e is InsufficientExecutionStackException ? LayoutStops.TooDeep(limits) : null);
            diagnostics.Add(At(_files, context.CurrentSpan, limit ?? $"layout failed: {e.Message}", DiagnosticSeverity.Error,
                limit is null ? null : limits.RaiseHint));
        }
        return null;
    }

    /// <summary>The render's text without trailing white space, ending in one line break: the text itself when it already
    /// is (the usual case; no copy of the whole Markdown), else one copy.</summary>
    private static string EndingInOneLineBreak(string rendered)
    {
        var trimmed = rendered.AsSpan().TrimEnd();
        return trimmed.Length == rendered.Length - 1 && rendered[^1] == '\n' ? rendered : string.Concat(trimmed, "\n");
    }

    /// <summary>How diagnostics name a file of this layout (its path relative to the layout folder).</summary>
    internal string DisplayPath(string relative)
    {
        var path = string.IsNullOrEmpty(relative) ? MainTemplate : relative;
        return _displayPaths.TryGetValue(path, out var shown) ? shown : _files.DisplayPath(path);
    }

    /// <summary>The layout's files, as paths relative to its folder with forward slashes, sorted.</summary>
    public IReadOnlyList<string> Files => _files.Paths.ToList();

    /// <summary>Writes every file of this layout into <paramref name="directory"/> (created if needed), overwriting
    /// files of the same name. I/O problems surface as <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/>.</summary>
    public void Export(string directory)
    {
        foreach (var path in _files.Paths)
        {
            var target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, _files.Bytes(path)!);
        }
    }

    private static Diagnostic At(LayoutFiles files, SourceSpan span, string message, DiagnosticSeverity severity, string? hint = null)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? MainTemplate : span.FileName;
        return new Diagnostic(severity, files.DisplayPath(file), span.Start.Line + 1, span.Start.Column + 1, message, Hint: hint);
    }

    private static LayoutLoadResult Fail(Diagnostic d) => new(null, [d]);
}

/// <summary>What <see cref="ReportLayout.Load(string?, LayoutKind, long)"/> gives: the layout (null when it has errors) and every problem found.</summary>
/// <param name="Layout">The loaded layout, or null.</param>
/// <param name="Diagnostics">Errors and warnings naming layout files, lines and columns.</param>
public sealed record LayoutLoadResult(ReportLayout? Layout, IReadOnlyList<Diagnostic> Diagnostics);
