using System.Globalization;
using Scriban.Parsing;
using Scriban.Syntax;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Provenance;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>Maps a place in the layout's Markdown back to where it came from: a value of the incident file (its line,
/// column and YAML path) or the layout's own text (its template file, line and column), and which incident value the
/// text there shows whole (for the .docx marks). Built from the render's <see cref="OutputSources"/>; lookups are a
/// binary search, and a block's origin scans only the writes inside it.</summary>
internal sealed class MarkdownSources
{
    private readonly IReadOnlyList<OutputSources.Entry> _entries;

    /// <summary>Where each write starts, apart from the entries: every lookup by offset (one per piece of mapped text)
    /// is a binary search over plain ints instead of entry after entry read through the list.</summary>
    private readonly int[] _starts;
    private readonly string _markdown;
    private readonly LineStarts _lines;
    private readonly int _length;
    private readonly string _incidentFile;
    private readonly Func<string, string> _templateDisplay;
    private readonly ValuePaths? _values;
    private Dictionary<YNode, string>? _paths;

    /// <param name="markdown">The Markdown the layout wrote.</param>
    /// <param name="entries">Where its pieces come from, in order of their offsets.</param>
    /// <param name="incidentFile">The incident file as diagnostics name it.</param>
    /// <param name="templateDisplay">How diagnostics name a layout file.</param>
    /// <param name="values">The paths of the values the entries name (null: no value is known).</param>
    public MarkdownSources(string markdown, IReadOnlyList<OutputSources.Entry> entries, string incidentFile, Func<string, string> templateDisplay,
        ValuePaths? values = null)
    {
        _entries = entries;
        _starts = new int[entries.Count];
        for (var i = 0; i < _starts.Length; i++) _starts[i] = entries[i].Start;
        _markdown = markdown;
        _lines = new LineStarts(markdown);
        _length = markdown.Length;
        _incidentFile = incidentFile;
        _templateDisplay = templateDisplay;
        _values = values;
    }

    /// <summary>The line starts of <paramref name="text"/>: this table's own when it is the very Markdown it was made for
    /// (the parsed text is, unless <see cref="TableChunker"/> cut a table), else new ones.</summary>
    public LineStarts LinesOf(string text) => ReferenceEquals(text, _markdown) ? _lines : new LineStarts(text);

    /// <summary>The offset in the Markdown of (0-based) <paramref name="line"/> and <paramref name="column"/>; -1 when
    /// there is no such line.</summary>
    public int OffsetOf(int line, int column) =>
        line < 0 || line >= _lines.Count ? -1 : Math.Min(_lines.Start(line) + Math.Max(column, 0), _length);

    /// <summary>Where the character at (0-based) <paramref name="line"/> and <paramref name="column"/> of the Markdown
    /// comes from; null when no write covers it.</summary>
    public SourceReference? At(int line, int column)
    {
        var offset = OffsetOf(line, column);
        var i = offset < 0 ? -1 : IndexAt(offset);
        return i < 0 ? null : Place(_entries[i], offset);
    }

    /// <summary>The origin of a block starting at (0-based) <paramref name="column"/> of line <paramref name="first"/>
    /// and ending on line <paramref name="last"/> of the Markdown: the first incident value written inside it, else
    /// the layout text it starts with.</summary>
    public SourceReference? Block(int first, int last, int column = 0)
    {
        var start = OffsetOf(first, column);
        if (start < 0) return null;
        var end = last + 1 < _lines.Count ? _lines.Start(last + 1) : _length;
        var i = IndexAt(start);
        if (i < 0) return null;
        for (var k = i; k < _starts.Length && (k == i || _starts[k] < end); k++)
            if (_entries[k] is { Record: not null } entry) return Place(entry, Math.Max(start, entry.Start));
        return Place(_entries[i], start);
    }

    /// <summary>How many writes there are.</summary>
    public int Count => _entries.Count;

    /// <summary>True when the writes can name the incident values they show.</summary>
    public bool KnowsValues => _values is not null;

    /// <summary>Write <paramref name="index"/>, in output order.</summary>
    public OutputSources.Entry Entry(int index) => _entries[index];

    /// <summary>Where write <paramref name="index"/> ends: where the next one starts.</summary>
    public int EndOf(int index) => index + 1 < _starts.Length ? _starts[index + 1] : _length;

    /// <summary>The YAML path of the value a write shows (<see cref="OutputSources.Entry.ValueId"/>); null when none.</summary>
    public string? PathOf(OutputSources.Entry entry) => _values?.PathOf(entry.ValueId);

    /// <summary>The YAML path of the key a write shows the label of (<c>severity</c> for <c>severity_label</c>, which
    /// the layout read from a record of the incident file), also when the file leaves the key to its default; null
    /// for any other write. With <paramref name="spell"/> false, "" stands for any path (nothing is spelt out).</summary>
    public static string? LabelPathOf(OutputSources.Entry entry, bool spell = true)
    {
        const string suffix = "_label";
        if (entry.Record is not YMapping map || entry.Member is not { } member || !member.EndsWith(suffix, StringComparison.Ordinal)) return null;
        return spell ? KeyPathOf(map, member[..^suffix.Length]) : "";
    }

    /// <summary>The YAML path of the scalar a write read last from a record (<c>signoff.date</c>), or null when it read
    /// none or the file has no value there.</summary>
    public static string? ReadKeyPathOf(OutputSources.Entry entry) =>
        entry.Record is YMapping map && entry.Member is { } member && map.Get(member) is YScalar node ? node.Path : null;

    /// <summary>The YAML path of the timestamp, date or clock time a write shows (<c>timeline[3].at</c>): the key a
    /// <c>format.date</c>, <c>format.time</c> or <c>format.datetime</c> was given, or a date written as it is (see
    /// <see cref="OutputSources.Entry.ShowsDate"/>). A date shown is not the value's text, so it has no identity
    /// (<see cref="PathOf"/>) to be known by; null for any other write.</summary>
    public static string? ShownDatePathOf(OutputSources.Entry entry) => ShownDate(entry)?.Path;

    /// <summary>The node of the date a write shows (see <see cref="ShownDatePathOf"/>), its path not spelt out.</summary>
    public static YScalar? ShownDate(OutputSources.Entry entry) =>
        entry.ShowsDate && entry.Record is YMapping map && entry.Member is { } member
        && map.Get(member) is YScalar { Value: DateTimeOffset or DateOnly or TimeOnly } node ? node : null;

    /// <summary>The YAML path of the key a write read last, when it read one of a record (<c>impact.figures[0].alt</c>,
    /// also when the file leaves it to its default); else the path of the value it shows.</summary>
    public string? ReadPathOf(OutputSources.Entry entry) =>
        entry.Record is YMapping map && entry.Member is { } member ? KeyPathOf(map, member) : PathOf(entry);

    /// <summary>The YAML path of <paramref name="key"/> of <paramref name="map"/>, also when the file leaves it out.</summary>
    private static string KeyPathOf(YMapping map, string key) => map.Get(key)?.Path ?? Validation.ObjectShape.Join(map.Path, key);

    private SourceReference Place(OutputSources.Entry entry, int offset)
    {
        if (entry.Value is { } node)
            return new SourceReference(_incidentFile, node.Line, node.Column) { YamlPath = YamlPathOf(node) };
        var span = entry.Node?.Span ?? default;
        var file = _templateDisplay(span.FileName ?? "");
        if (entry.Node is not ScriptRawStatement raw) return new SourceReference(file, span.Start.Line + 1, span.Start.Column + 1);
        var (line, column) = TemplatePosition(span.Start, raw.Text.FullText ?? "", raw.Text.Index + (offset - entry.Start));
        return new SourceReference(file, line + 1, column + 1);
    }

    /// <summary><see cref="YNode.Path"/>, as its parent's path plus one step: a block's origin is a value whose record or
    /// list other blocks name too, so the paths of records and lists are spelt once per render (<paramref name="keep"/>),
    /// the value's own each time it is asked for (most are asked for once).</summary>
    private string YamlPathOf(YNode node, bool keep = false)
    {
        if (node.Parent is not { } parent) return "";
        if (_paths is not null && _paths.TryGetValue(node, out var known)) return known;
        var above = YamlPathOf(parent, keep: true);
        var path = node.Key is { } key
            ? above.Length == 0 ? key : string.Concat(above, ".", key)
            : string.Concat(above, "[", node.Index.ToString(CultureInfo.InvariantCulture), "]");
        if (keep) (_paths ??= new Dictionary<YNode, string>(ReferenceEqualityComparer.Instance)).Add(node, path);
        return path;
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

    /// <summary>The last write starting at or before <paramref name="offset"/>, or -1.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _starts.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
