using System.Globalization;
using ReportGen.Document.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>Collects problems found while mapping the intermediate Markdown. <paramref name="lines"/> maps positions in
/// the parsed text back to the Markdown the layout wrote; with <see cref="Sources"/>, each problem then points where
/// that Markdown came from: the incident file for a value (user text), the layout template for the layout's own text.
/// Without it, problems name the Markdown line.</summary>
internal sealed class MarkdownProblems(string markdownFile, string layoutName, LineMap? lines = null)
{
    private readonly List<Diagnostic> _items = [];
    private readonly LineMap _lines = lines ?? LineMap.Identity;
    private LineStarts? _parsedLines;
    private string? _parsed;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Where each piece of the layout's Markdown came from; null when not known.</summary>
    public MarkdownSources? Sources { get; init; }

    /// <summary>The text Markdig parsed (the layout's Markdown with any <see cref="TableChunker"/> cuts), to find the
    /// line a block ends on.</summary>
    public string? Parsed
    {
        init => _parsed = value;
    }

    /// <summary>The line starts of <see cref="Parsed"/>, made on first use (shared with <see cref="Sources"/> when the
    /// parsed text is the layout's Markdown itself).</summary>
    private LineStarts? ParsedLines => _parsed is null ? null : _parsedLines ??= Sources?.LinesOf(_parsed) ?? new LineStarts(_parsed);

    /// <summary>The 1-based line of the layout's Markdown for a 0-based line of the parsed text.</summary>
    public int SourceLine(int zeroBasedLine) => _lines.Original(zeroBasedLine) + 1;

    /// <summary>Where a parsed block's content comes from (see <see cref="MarkdownSources.Block"/>); null when unknown.</summary>
    public SourceReference? Origin(Markdig.Syntax.Block block)
    {
        if (Sources is null) return null;
        var first = _lines.Original(block.Line);
        var last = ParsedLines is { } parsedLines && block.Span.End > block.Span.Start
            ? _lines.Original(parsedLines.LineOf(block.Span.End))
            : first;
        return Sources.Block(first, Math.Max(first, last), block.Column);
    }

    /// <summary>A collector of the incident values mapped text shows (see <see cref="Markdown.ValueRuns"/>); null when
    /// the writes do not name them.</summary>
    public ValueRuns? ValueRuns() => Sources is { KnowsValues: true } sources ? new ValueRuns(sources, _lines, _parsed) : null;

    public void Error(int zeroBasedLine, int zeroBasedColumn, string message) =>
        _items.Add(At(DiagnosticSeverity.Error, SourceLine(zeroBasedLine), zeroBasedColumn, message,
            $"the Markdown comes from layout '{layoutName}'; write it with 'reportgen render --format md' to see the line"));

    public void Warning(int zeroBasedLine, string message) => WarningAt(SourceLine(zeroBasedLine), message);

    /// <summary>A warning at a place of the parsed text, pointing where that text came from.</summary>
    public void Warning(int zeroBasedLine, int zeroBasedColumn, string message) =>
        _items.Add(At(DiagnosticSeverity.Warning, SourceLine(zeroBasedLine), zeroBasedColumn, message, null));

    /// <summary>A warning at a line already mapped back (a block's <c>SourceLine</c>).</summary>
    public void WarningAt(int sourceLine, string message) =>
        _items.Add(At(DiagnosticSeverity.Warning, sourceLine, 0, message, null));

    /// <summary>A warning about content that came from <paramref name="origin"/> when known, else at the (1-based)
    /// Markdown line.</summary>
    public void WarningAt(SourceReference? origin, int sourceLine, string message)
    {
        if (origin is null) WarningAt(sourceLine, message);
        else _items.Add(new Diagnostic(DiagnosticSeverity.Warning, origin.File, origin.Line, origin.Column, message, origin.YamlPath));
    }

    /// <summary>A problem at (1-based) <paramref name="markdownLine"/>: where that text came from when known (the
    /// Markdown line then goes in the hint), else the Markdown line itself.</summary>
    private Diagnostic At(DiagnosticSeverity severity, int markdownLine, int zeroBasedColumn, string message, string? hint)
    {
        if (Sources?.At(markdownLine - 1, zeroBasedColumn) is { } place)
            return new Diagnostic(severity, place.File, place.Line, place.Column, message, place.YamlPath,
                string.Create(CultureInfo.InvariantCulture, $"line {markdownLine} of the Markdown layout '{layoutName}' wrote ('reportgen render --format md' writes it)"));
        return new Diagnostic(severity, markdownFile, markdownLine, zeroBasedColumn + 1, message, Hint: hint);
    }
}
