using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Document;
using ReportGen.Import.Docx;
using ReportGen.Import.Values;
using ReportGen.Import.Yaml;

namespace ReportGen.Import;

/// <summary>Reads an edited .docx back into its incident file: renders the incident again to know what every marked
/// value showed, compares with what the .docx holds now, and splices the changed values into the YAML text. Nothing is
/// written here; the caller writes <see cref="ImportResult.NewText"/>.</summary>
public static class ImportService
{
    /// <summary>Runs an import, loading the layout the request names.</summary>
    public static ImportResult Run(ImportRequest request)
    {
        var layout = ReportLayout.Load(request.LayoutDirectory);
        if (layout.Layout is null)
        {
            var message = $"{request.LayoutDirectory}: error: the layout has errors ('reportgen validate --layout {request.LayoutDirectory}')";
            return new ImportResult("", null, [], [], 0, [message], []);
        }
        return Run(request, new ReportBuilder(layout.Layout));
    }

    /// <summary>Runs an import with a builder for the layout the report was rendered with (loaded once for many imports).</summary>
    public static ImportResult Run(ImportRequest request, ReportBuilder builder)
    {
        var docxName = request.DocxPath;
        try
        {
            using var package = WordprocessingDocument.Open(request.DocxPath, false);
            var main = package.MainDocumentPart ?? throw new InvalidDataException("the file has no main document part");
            if (ImportSources.Resolve(request, main, out var refused) is not { } sources)
                return new ImportResult("", null, [], [], 0, refused, []) { Source = request.IncidentPath ?? docxName, NoSource = request.IncidentPath is null };
            return Import(request, builder, package, sources) with { Source = sources.Name };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                       or OpenXmlPackageException or System.Xml.XmlException)
        {
            var text = request.IncidentPath is { } path && File.Exists(path) ? File.ReadAllText(path) : "";
            return new ImportResult(text, null, [], [], 0, [$"{docxName}: error: cannot be read as a Word document: {e.Message}"], [])
                { Source = request.IncidentPath ?? docxName };
        }
    }

    private static ImportResult Import(ImportRequest request, ReportBuilder builder, WordprocessingDocument package, ImportSources sources)
    {
        // Only values are compared: figure files are never read (a mailed .docx has none beside it).
        builder = builder.ForTextOnly();
        var errors = new List<string>();
        var warnings = new List<string>(sources.Warnings);
        var docxName = request.DocxPath;
        var text = sources.Text;
        if (sources.Current.HasErrors)
            return Fail($"{sources.Name}: error: the incident file has errors; fix them first ('reportgen validate {sources.Name}')");
        var built = builder.Build(sources.Rendered);
        var now = sources.Diverged ? builder.Build(sources.Current) : built;
        if (built.Document is null || now.Document is null)
            return Fail([$"{sources.Name}: error: the incident does not render; run 'reportgen render' to see why",
                .. (built.Document is null ? built : now).Diagnostics.Where(d => d.IsError).Take(3).Select(d => "  " + d)]);

        var expected = DocumentValues.Of(built.Document.Blocks);
        var byName = expected.Keys.ToDictionary(p => ValueMarkNames.For(p, 0), p => p, StringComparer.Ordinal);
        var blockValues = BlockValues(built.Document.Blocks);
        var docx = DocxValueReader.Read(package, b => !byName.TryGetValue(b, out var p) ? ValueRole.Other
            : p.EndsWith(']') ? ValueRole.ListItem : blockValues.Contains(p) && FieldKinds.IsMarkdown(p) ? ValueRole.Markdown : ValueRole.Other);
        if (docx.Values.Count == 0)
            return Fail($"{docxName}: error: the document holds no ReportGen value marks: it was not made by 'reportgen render', or its marks were removed",
                "hint: render the incident again and edit that .docx");
        var known = docx.Values.Keys.Count(byName.ContainsKey);
        var theirs = "";
        if (known == 0 || !SameIncident(docx, expected, out theirs))
            return Fail($"{docxName}: error: the document was made from another incident{(known > 0 ? $" ({Quote(theirs)})" : "")}, not from {sources.Name}",
                "hint: name the incident file the report was rendered from");

        Dictionary<string, YamlSpot> spots;
        try { spots = YamlLocator.Locate(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text); }
        catch (YamlDotNet.Core.YamlException e) { return Fail($"{sources.Name}: error: cannot be parsed: {e.Message}"); }
        var present = expected.Keys.Where(p => docx.Values.ContainsKey(ValueMarkNames.For(p, 0))).ToHashSet(StringComparer.Ordinal);
        var removed = ListChanges.Removed(expected.Keys, present);
        // Which key each table column shows: from the report as rendered, and from a probe render for a column that
        // leaves open (see CellSlots), made at most once and only when a cell there needs placing.
        Dictionary<(string, int), CellSlot>? shown = null, probed = null;
        CellSlot? SlotAt(string list, int column)
        {
            shown ??= CellSlots.Of(now.Document.Blocks, sources.Current.Incident!, sources.Current.Figures!);
            if (shown.TryGetValue((list, column), out var slot)) return slot;
            probed ??= CellSlots.Find(text, spots, now.Document.Blocks, builder, sources.Name,
                Path.GetDirectoryName(Path.GetFullPath(request.IncidentPath ?? docxName)) ?? ".");
            return probed.GetValueOrDefault((list, column));
        }
        var times = new ShownTimes(sources.Current.Incident!, sources.Current.Figures!, spots);
        var cellTimes = ShownTimes.WholeCells(built.Document.Blocks, docx, byName);
        var rows = ListChanges.NewRows(docx, byName, SlotAt);
        var bullets = ListChanges.NewBullets(docx, byName);
        var edits = new List<ImportedEdit>();
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, parts) in expected)
        {
            // A date or time fills its cell: the cell is read whole (text typed over it in Word may land beside its
            // bookmark, or leave the bookmark empty).
            var whole = cellTimes.TryGetValue(path, out var cell);
            if (!docx.Values.TryGetValue(ValueMarkNames.For(path, 0), out var found) && !whole)
            {
                if (ListChanges.ItemOf(path) is not { } owner || !removed.Contains(owner))
                    warnings.Add($"{docxName}: warning: the mark of {path} was not found (deleted or destroyed while editing); its value stays as it is");
                continue;
            }
            var markdown = FieldKinds.IsMarkdown(path);
            // A list item's own bullet belongs to the list around it, not to the item's text.
            var isItem = path.EndsWith(']');
            var style = markdown ? ListStyle.Of(spots.GetValueOrDefault(path)?.Value) : null;
            var before = ValueMarkdown.Of(parts, markdown, isItem, style);
            var after = whole ? cell.Text : ValueMarkdown.Of(found!.Parts, markdown, isItem, style);
            var place = whole ? cell.Place : found!.Place;
            if (before == after) continue;
            // An enum shown by its label (a title badge) comes back as the choice it names.
            if (ShownChoices.EnumAt(path) is { } choices)
            {
                if (ShownChoices.NameOf(choices, after) is not { } choice)
                {
                    errors.Add($"{docxName}: {place}: {Quote(after)}: not a {path[(path.LastIndexOf('.') + 1)..]} " +
                        $"(write one of {ShownChoices.List(choices)})");
                    continue;
                }
                after = choice;
            }
            // A date or time comes back as the value the report showed, in the file's style.
            if (ShownTimes.Handles(path))
            {
                if (times.Read(path, before, after, out var problem) is not { } value)
                {
                    errors.Add($"{docxName}: {place}: {problem}");
                    continue;
                }
                var old = spots.GetValueOrDefault(path)?.Value ?? before;
                if (value == old) continue; // the same time, typed another way
                (before, after) = (old, value);
            }
            changes[path] = after;
            edits.Add(new ImportedEdit(path, place.ToString(), before, after));
        }
        DropShownDefaults(spots, changes, edits, warnings, docxName);
        warnings.AddRange(DerivedEdits.Find(built.Document.Blocks, docx, docxName));
        var filled = new List<TableCellEdits.Filled>();
        TableCellEdits.Find(built.Document.Blocks, docx, byName, SlotAt, spots, docxName, filled, warnings);
        SignOffCellEdits.Find(built.Document.Blocks, docx, byName, docxName, filled, warnings);
        var commentRows = SignOffCellEdits.TypedComments(built.Document.Blocks, docx, byName, filled);
        rows.RemoveAll(r => commentRows.Contains(r.Place));
        foreach (var cell in filled)
        {
            var value = cell.Value;
            if (ShownTimes.Handles(cell.Path))
            {
                if (times.Read(cell.Path, "", value, out var problem) is not { } time)
                {
                    errors.Add($"{docxName}: {cell.Place}: {problem}");
                    continue;
                }
                value = time;
            }
            changes[cell.Path] = value;
            edits.Add(new ImportedEdit(cell.Path, cell.Place.ToString(), "", value));
        }
        rows = rows.Select(r => (times.ReadNew(r.Item, $"{docxName}: {r.Place}", errors), r.Place)).ToList();
        foreach (var name in docx.Values.Keys.Where(n => !byName.ContainsKey(n)))
            warnings.Add($"{docxName}: warning: {docx.Values[name].Place}: a marked value the incident file no longer has was ignored");

        foreach (var item in removed.Order(StringComparer.Ordinal))
            edits.Add(new ImportedEdit(item, "removed", "", ""));
        foreach (var (item, place) in rows.Concat(bullets))
            edits.Add(new ImportedEdit(item.After[..item.After.LastIndexOf('[')] + "[+]", place.ToString(), "",
                item.Text ?? string.Join(", ", item.Fields.Select(f => f.Key + ": " + f.Value))));
        if (sources.Diverged)
            ImportConflicts.Check(expected, DocumentValues.Of(now.Document.Blocks), edits, sources.Name, docxName, errors);
        var spliced = errors.Count > 0 ? null
            : YamlEdits.Apply(text, changes, [.. rows.Select(r => r.Item), .. bullets.Select(b => b.Item)], removed, errors, docxName, edits, spots);
        var comments = docx.Comments.Select(c => new ImportedComment(c.Author, c.Date, c.Text, c.AnchorText,
            c.BookmarkBases.Select(b => byName.GetValueOrDefault(b)).OfType<string>().ToList())).ToList();
        if (spliced is not null && errors.Count == 0)
            ImportValidation.Check(spliced, sources, request, docxName, edits, errors, warnings);
        return new ImportResult(text, errors.Count == 0 ? spliced : null, edits, comments, docx.Insertions + docx.Deletions, errors, warnings);

        ImportResult Fail(params string[] messages) => new(text, null, [], [], 0, messages, warnings);
    }

    /// <summary>Takes back the edits to a value the report showed as a default the file does not hold (a figure's alt
    /// text shown from its title): there is no key to write them to, so each is a warning saying which key to add. An enum
    /// left to its default (a pending decision) is a whole choice once picked, so it stays an edit and becomes a new key;
    /// so does a value typed into a cell shown empty, which is added after this.</summary>
    private static void DropShownDefaults(IReadOnlyDictionary<string, YamlSpot> spots, Dictionary<string, string> changes, List<ImportedEdit> edits, List<string> warnings, string docxName)
    {
        foreach (var path in ShownChoices.Defaulted(spots, changes.Keys.Where(p => ShownChoices.EnumAt(p) is null).ToList()))
        {
            var edit = edits.First(e => e.YamlPath == path);
            edits.Remove(edit);
            changes.Remove(path);
            var parent = ShownChoices.Parent(path);
            var key = path[(parent.Length == 0 ? 0 : parent.Length + 1)..];
            warnings.Add($"{docxName}: warning: {edit.Place}: {Quote(edit.NewText)} was not imported: the incident file has no " +
                $"{key} {(parent.Length == 0 ? "key" : "under " + parent)}, so the report showed its default; add '{key}:' there with the new text");
        }
    }

    /// <summary>The values written as whole blocks (<c>md.block</c>, list items): a bullet typed after one continues it.</summary>
    private static HashSet<string> BlockValues(IEnumerable<Block> blocks)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock { BlockValue: { } path }: paths.Add(path); break;
                case ListBlock l: foreach (var item in l.Items) paths.UnionWith(BlockValues(item.Blocks)); break;
                case CalloutBlock c: paths.UnionWith(BlockValues(c.Blocks)); break;
            }
        }
        return paths;
    }

    /// <summary>True unless the .docx shows another incident id than the file has.</summary>
    private static bool SameIncident(DocxValues docx, Dictionary<string, List<ValuePart>> expected, out string theirs)
    {
        theirs = "";
        if (!expected.TryGetValue("id", out var id) || !docx.Values.TryGetValue(ValueMarkNames.For("id", 0), out var shown)) return true;
        theirs = ValueMarkdown.Of(shown.Parts, markdown: false);
        return theirs == ValueMarkdown.Of(id, markdown: false);
    }

    internal static string Quote(string text) => Document.Diagnostics.DiagnosticText.Quote(text);
}
