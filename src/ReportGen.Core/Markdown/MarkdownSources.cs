using Scriban.Parsing;
using Scriban.Syntax;
using ReportGen.Core.Layouts;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>Maps a place in the layout's Markdown back to where it came from: a value of the incident file (its line,
/// column and YAML path) or the layout's own text (its template file, line and column). Built from the render's
/// <see cref="OutputSources"/>; lookups are a binary search, and a block's origin scans only the writes inside it.</summary>
internal sealed class MarkdownSources
{
    private readonly IReadOnlyList<OutputSources.Entry> _entries;
    private readonly LineStarts _lines;
    private readonly int _length;
    private readonly string _incidentFile;
    private readonly Func<string, string> _templateDisplay;
    private readonly string _markdown;
    private int[]? _writtenLines;
    private bool _writtenLinesKnown;

    /// <param name="markdown">The Markdown the layout wrote.</param>
    /// <param name="entries">Where its pieces come from, in order of their offsets.</param>
    /// <param name="incidentFile">The incident file as diagnostics name it.</param>
    /// <param name="templateDisplay">How diagnostics name a layout file.</param>
    public MarkdownSources(string markdown, IReadOnlyList<OutputSources.Entry> entries, string incidentFile, Func<string, string> templateDisplay)
    {
        _entries = entries;
        _lines = new LineStarts(markdown);
        _length = markdown.Length;
        _incidentFile = incidentFile;
        _templateDisplay = templateDisplay;
        _markdown = markdown;
    }

    /// <summary>The (0-based) line of the Markdown <c>--format md</c> writes for (0-based) <paramref name="line"/> of
    /// the Markdown as the layout wrote it, which holds value markers (and a block value's marker lines).</summary>
    public int WrittenLine(int line)
    {
        if (!_writtenLinesKnown) { _writtenLines = Provenance.ValueMarkers.StrippedLines(_markdown); _writtenLinesKnown = true; }
        return _writtenLines is null || line < 0 || line >= _writtenLines.Length ? line : _writtenLines[line];
    }

    /// <summary>Where the character at (0-based) <paramref name="line"/> and <paramref name="column"/> of the Markdown
    /// comes from; null when no write covers it.</summary>
    public SourceReference? At(int line, int column)
    {
        if (line < 0 || line >= _lines.Count) return null;
        var offset = Math.Min(_lines.Start(line) + Math.Max(column, 0), _length);
        var i = IndexAt(offset);
        return i < 0 ? null : Place(_entries[i], offset);
    }

    /// <summary>The origin of a block spanning (0-based) lines <paramref name="first"/> to <paramref name="last"/> of
    /// the Markdown: the first incident value written inside it, else the layout text it starts with.</summary>
    public SourceReference? Block(int first, int last)
    {
        if (first < 0 || first >= _lines.Count) return null;
        var start = _lines.Start(first);
        var end = last + 1 < _lines.Count ? _lines.Start(last + 1) : _length;
        var i = IndexAt(start);
        if (i < 0) return null;
        for (var k = i; k < _entries.Count && (k == i || _entries[k].Start < end); k++)
            if (_entries[k].Record is not null) return Place(_entries[k], Math.Max(start, _entries[k].Start));
        return Place(_entries[i], start);
    }

    private SourceReference Place(OutputSources.Entry entry, int offset)
    {
        if (entry.Value is { } node)
            return new SourceReference(_incidentFile, node.Line, node.Column) { YamlPath = node.Path };
        var span = entry.Node?.Span ?? default;
        var file = _templateDisplay(span.FileName ?? "");
        if (entry.Node is not ScriptRawStatement raw) return new SourceReference(file, span.Start.Line + 1, span.Start.Column + 1);
        var (line, column) = TemplatePosition(span.Start, raw.Text.FullText ?? "", raw.Text.Index + (offset - entry.Start));
        return new SourceReference(file, line + 1, column + 1);
    }

    /// <summary>The 0-based line and column of <paramref name="index"/> in a template, counted from its statement's
    /// known position (only the text between the two is read).</summary>
    private static (int Line, int Column) TemplatePosition(TextPosition statement, string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var from = Math.Clamp(statement.Offset, 0, text.Length);
        var line = statement.Line;
        if (index >= from) { for (var i = from; i < index; i++) if (text[i] == '\n') line++; }
        else { for (var i = index; i < from; i++) if (text[i] == '\n') line--; }
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart);
    }

    /// <summary>The last entry starting at or before <paramref name="offset"/>, or -1.</summary>
    private int IndexAt(int offset)
    {
        int lo = 0, hi = _entries.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_entries[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
