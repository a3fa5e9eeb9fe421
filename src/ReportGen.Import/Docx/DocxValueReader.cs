using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using ValueMarkNames = ReportGen.Document.ValueMarkNames;

namespace ReportGen.Import.Docx;

/// <summary>Reads the marked values of a .docx (hidden bookmarks named by <see cref="ValueMarkNames"/>), reading tracked
/// changes as accepted, and collects comments and tables on the way. Runs are read by their formatting only, so Word
/// splitting a phrase into several runs (revision ids, spell-check marks) changes nothing.</summary>
internal sealed class DocxValueReader
{
    private readonly Dictionary<string, (List<ValuePart> Parts, DocxPlace Place)> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _openMarks = new(StringComparer.Ordinal); // bookmark id → base name
    private readonly Dictionary<string, List<FlatRun>> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (System.Text.StringBuilder Text, HashSet<string> Marks)> _commentAnchors = new(StringComparer.Ordinal);
    private readonly List<DocxTable> _tables = [];
    private readonly List<DocxNewBullet> _newBullets = [];
    private readonly List<(string, string)> _keyFigures = [];
    private string? _keyFigureLabel;
    private string? _lastBase; // the value of the marked paragraph just before, while only list paragraphs followed it
    private readonly Dictionary<string, int> _itemLevels = new(StringComparer.Ordinal); // list item value → its bullet's level
    private Func<string, ValueRole> _roleOf = _ => ValueRole.ListItem;
    private ListNumbering _numbering = null!;
    private MainDocumentPart _main = null!;
    private string _section = TitleBlock; // until the first heading
    private DocxPlace _place = new(TitleBlock);

    /// <summary>How messages name the place of a value above the first heading.</summary>
    private const string TitleBlock = "title block";
    private ParagraphKind _kind;
    private int _level = -1;
    private int _start = 1; // the start number of a numbered paragraph's list
    private int _insertions;
    private int _deletions;

    /// <summary>Reads <paramref name="package"/>; <paramref name="roleOf"/> tells what the value of a bookmark base is
    /// (a list item, Markdown that may hold lists, or other text), which decides where a bullet typed after it belongs.</summary>
    public static DocxValues Read(WordprocessingDocument package, Func<string, ValueRole>? roleOf = null) =>
        new DocxValueReader { _roleOf = roleOf ?? (_ => ValueRole.ListItem) }.Run(package);

    private DocxValues Run(WordprocessingDocument package)
    {
        _main = package.MainDocumentPart ?? throw new InvalidDataException("the file has no main document part");
        _numbering = new ListNumbering(_main.NumberingDefinitionsPart?.Numbering);
        var body = _main.Document?.Body ?? throw new InvalidDataException("the document has no body");
        Blocks(body);
        var values = _values.ToDictionary(v => v.Key, v => new DocxValue(v.Key, v.Value.Parts, v.Value.Place), StringComparer.Ordinal);
        return new DocxValues(values, Comments(), _tables, _newBullets, _keyFigures, _insertions, _deletions);
    }

    private void Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p: Paragraph(p); break;
                case Table t: Table(t); break;
                case DeletedRun: _deletions++; break;
                case InsertedRun ins: _insertions++; Blocks(ins); break;
                case BookmarkStart or BookmarkEnd or CommentRangeStart or CommentRangeEnd: Inline(child, []); break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content: Blocks(content); break;
                case CustomXmlBlock xml: Blocks(xml); break;
            }
        }
    }

    private void Table(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        var header = rows.Count == 0 ? [] : rows[0].Elements<TableCell>().Select(c => c.InnerText.Trim()).ToList();
        var section = _section;
        var bodyRows = new List<DocxRow>();
        var number = 0;
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = new List<IReadOnlyList<FlatRun>>();
            var marks = new List<IReadOnlyList<string>>();
            var c = 0;
            // A row of merged cells (a signer's comment across the table) belongs to the row above it: rows are counted
            // as a reader counts them.
            var merged = rows[r].Elements<TableCell>().Count() < header.Count && number > 0;
            if (!merged) number++;
            foreach (var cell in rows[r].Elements<TableCell>())
            {
                _place = new DocxPlace(section, number, merged ? MergedLabel(cell) : c < header.Count ? header[c] : $"column {c + 1}");
                var runs = new List<FlatRun>();
                foreach (var p in cell.Elements<Paragraph>()) runs.AddRange(Paragraph(p));
                cells.Add(runs);
                marks.Add(cell.Descendants<BookmarkStart>().Select(b => b.Name?.Value ?? "")
                    .Where(n => n.StartsWith(ValueMarkNames.Prefix, StringComparison.Ordinal)).Select(ValueMarkNames.BaseOf).ToList());
                c++;
            }
            bodyRows.Add(new DocxRow(number, cells, marks));
        }
        // Header row paragraphs may hold comment anchors too.
        if (rows.Count > 0) foreach (var p in rows[0].Descendants<Paragraph>()) Paragraph(p);
        _tables.Add(new DocxTable(section, header, bodyRows));
        _place = new DocxPlace(_section);
    }

    /// <summary>How messages name a cell across a row: by the label its text starts with ("Comment: …"), else as a whole.</summary>
    private static string MergedLabel(TableCell cell)
    {
        var text = cell.InnerText;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 30 ? text[..colon].Trim() : "whole row";
    }

    /// <summary>Reads one paragraph; returns all its runs (marked or not).</summary>
    private List<FlatRun> Paragraph(Paragraph p)
    {
        var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var all = new List<FlatRun>();
        (_kind, _level) = _numbering.KindOf(p, style);
        _start = _kind == ParagraphKind.Numbered ? _numbering.StartOf(p) : 1;
        Inline(p, all);
        if (style.StartsWith("Heading", StringComparison.Ordinal))
        {
            _section = string.Concat(all.Select(r => r.Text)).Trim();
            _place = new DocxPlace(_section);
        }
        foreach (var (id, name) in _openMarks)
        {
            var runs = _current[id];
            AddPart(name, runs);
            runs.Clear();
        }
        NoteBullet(p, all);
        if (style == "KeyFigureLabel") _keyFigureLabel = Text(all);
        else if (style == "KeyFigureValue" && _keyFigureLabel is not null) { _keyFigures.Add((_keyFigureLabel, Text(all))); _keyFigureLabel = null; }
        return all;
    }

    /// <summary>Follows list paragraphs without a mark (typed in Word) after a marked value: one at a deeper level than
    /// a list item's bullet (Tab in Word) or after a value that holds a list is more of that value; one at the item's own
    /// level is a new item of its list.</summary>
    private void NoteBullet(Paragraph p, List<FlatRun> runs)
    {
        if (_kind == ParagraphKind.Code || p.Ancestors<TableCell>().Any()) { _lastBase = null; return; }
        var marks = p.Descendants<BookmarkStart>().Select(b => b.Name?.Value ?? "")
            .Where(n => n.StartsWith(ValueMarkNames.Prefix, StringComparison.Ordinal)).ToList();
        if (marks.Count > 0)
        {
            _lastBase = ValueMarkNames.BaseOf(marks[^1]);
            if (_kind != ParagraphKind.Plain && ValueMarkNames.PartOf(marks[0]) == 0) _itemLevels.TryAdd(ValueMarkNames.BaseOf(marks[0]), _level);
            return;
        }
        if (_kind == ParagraphKind.Plain) { _lastBase = null; return; }
        if (_lastBase is null || !runs.Any(r => r.Text.Trim().Length > 0)) return;
        var role = _roleOf(_lastBase);
        if (role == ValueRole.Markdown || (role == ValueRole.ListItem && _itemLevels.TryGetValue(_lastBase, out var own) && _level > own))
            AddPart(_lastBase, runs);
        else
            _newBullets.Add(new DocxNewBullet(_lastBase, runs.ToList(), _place));
    }

    private static string Text(List<FlatRun> runs) => string.Concat(runs.Select(r => r.Text)).Trim();

    private void AddPart(string name, List<FlatRun> runs)
    {
        if (!_values.TryGetValue(name, out var value)) _values[name] = value = ([], _place);
        value.Parts.Add(new ValuePart(runs.ToList(), _kind, _level, _start));
    }

    private void Inline(OpenXmlElement container, List<FlatRun> all, string? link = null)
    {
        IEnumerable<OpenXmlElement> elements = container is BookmarkStart or BookmarkEnd or CommentRangeStart or CommentRangeEnd
            ? [container] : container.ChildElements;
        foreach (var child in elements)
        {
            switch (child)
            {
                case Run run: Run(run, all, link); break;
                case Hyperlink h: Inline(h, all, Target(h)); break;
                case InsertedRun ins: _insertions++; Inline(ins, all, link); break;
                case DeletedRun: _deletions++; break;
                case MoveFromRun: _deletions++; break;
                case MoveToRun move: _insertions++; Inline(move, all, link); break;
                case SdtRun sdt when sdt.SdtContentRun is { } content: Inline(content, all, link); break;
                case SimpleField field: Inline(field, all, link); break;
                case CustomXmlRun xml: Inline(xml, all, link); break;
                case BookmarkStart start when start.Name?.Value is { } name && name.StartsWith(ValueMarkNames.Prefix, StringComparison.Ordinal)
                                              && start.Id?.Value is { } id:
                    _openMarks[id] = ValueMarkNames.BaseOf(name);
                    _current[id] = [];
                    break;
                case BookmarkEnd end when end.Id?.Value is { } id && _openMarks.Remove(id, out var ended):
                    // An empty line of code is a line of its value too.
                    if (_current.Remove(id, out var runs) && (runs.Count > 0 || _kind == ParagraphKind.Code)) AddPart(ended, runs);
                    break;
                case CommentRangeStart cs when cs.Id?.Value is { } cid: _commentAnchors[cid] = (new(), []); break;
                case CommentRangeEnd ce when ce.Id?.Value is { } cid && _commentAnchors.TryGetValue(cid, out var a):
                    _commentAnchors[cid + "#closed"] = a;
                    _commentAnchors.Remove(cid);
                    break;
            }
        }
    }

    private void Run(Run run, List<FlatRun> all, string? link)
    {
        var props = run.RunProperties;
        var style = props?.RunStyle?.Val?.Value;
        var format = new FlatRun("", Bold: On(props?.Bold), Italic: On(props?.Italic), Code: style == "VerbatimChar", Link: link);
        var text = new System.Text.StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text t: text.Append(t.Text); break;
                case DeletedText: _deletions++; break;
                case TabChar: text.Append('\t'); break;
                case Break: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('\u2011'); break;
                // A marked picture is its alt text (what Word's Alt Text pane edits).
                case Drawing drawing when _openMarks.Count > 0:
                    text.Append(drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault()?.Description?.Value);
                    break;
            }
        }
        if (text.Length == 0) return;
        var piece = format with { Text = text.ToString() };
        FlatRuns.Add(all, piece);
        foreach (var runs in _current.Values) FlatRuns.Add(runs, piece);
        foreach (var (id, anchor) in _commentAnchors)
        {
            if (id.EndsWith("#closed", StringComparison.Ordinal)) continue;
            anchor.Text.Append(piece.Text);
            foreach (var name in _openMarks.Values) anchor.Marks.Add(name);
        }
    }

    private static bool On(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

    private string? Target(Hyperlink h)
    {
        if (h.Anchor?.Value is { } anchor) return "#" + anchor;
        if (h.Id?.Value is { } id)
            return _main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString;
        return null;
    }

    private List<DocxComment> Comments()
    {
        var part = _main.WordprocessingCommentsPart?.Comments;
        if (part is null) return [];
        var result = new List<DocxComment>();
        foreach (var comment in part.Elements<Comment>())
        {
            var id = comment.Id?.Value ?? "";
            _commentAnchors.TryGetValue(id + "#closed", out var anchor);
            var text = string.Join("\n", comment.Elements<Paragraph>().Select(p => p.InnerText));
            var date = comment.Date?.Value is { } d ? d.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
            result.Add(new DocxComment(comment.Author?.Value ?? "", date, text, anchor.Text?.ToString() ?? "",
                anchor.Marks?.Order(StringComparer.Ordinal).ToList() ?? []));
        }
        return result;
    }
}
