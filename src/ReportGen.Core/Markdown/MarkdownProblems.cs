using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Markdown;

/// <summary>Collects problems found while mapping the intermediate Markdown, each at its (1-based) line of the Markdown
/// the layout wrote (<paramref name="lines"/> maps positions in the parsed text back to it).</summary>
internal sealed class MarkdownProblems(string markdownFile, string layoutName, LineMap? lines = null)
{
    private readonly List<Diagnostic> _items = [];
    private readonly LineMap _lines = lines ?? LineMap.Identity;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>The 1-based line of the layout's Markdown for a 0-based line of the parsed text.</summary>
    public int SourceLine(int zeroBasedLine) => _lines.Original(zeroBasedLine) + 1;

    public void Error(int zeroBasedLine, int zeroBasedColumn, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, markdownFile, SourceLine(zeroBasedLine), zeroBasedColumn + 1,
            message, Hint: $"the Markdown comes from layout '{layoutName}'; write it with 'reportgen render --format md' to see the line"));

    public void Warning(int zeroBasedLine, string message) => WarningAt(SourceLine(zeroBasedLine), message);

    /// <summary>A warning at a line already mapped back (a block's <c>SourceLine</c>).</summary>
    public void WarningAt(int sourceLine, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, markdownFile, sourceLine, 1, message));
}
