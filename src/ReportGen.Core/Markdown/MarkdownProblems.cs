using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Markdown;

/// <summary>Collects problems found while mapping the intermediate Markdown, each at its (1-based) Markdown line.</summary>
internal sealed class MarkdownProblems(string markdownFile, string layoutName)
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(int zeroBasedLine, int zeroBasedColumn, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, markdownFile, zeroBasedLine + 1, zeroBasedColumn + 1,
            message, Hint: $"the Markdown comes from layout '{layoutName}'; write it with 'reportgen render --format md' to see the line"));

    public void Warning(int zeroBasedLine, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, markdownFile, zeroBasedLine + 1, 1, message));
}
