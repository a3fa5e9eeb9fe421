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
        var errors = new List<string>();
        var warnings = new List<string>();
        var docxName = request.DocxPath;
        string text;
        try { text = File.ReadAllText(request.IncidentPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail("", $"{request.IncidentPath}: error: cannot be read: {e.Message}");
        }
        var loaded = IncidentLoader.Load(request.IncidentPath);
        if (loaded.HasErrors)
            return Fail(text, $"{request.IncidentPath}: error: the incident file has errors; fix them first ('reportgen validate {request.IncidentPath}')");
        var built = builder.Build(loaded);
        if (built.Document is null)
            return Fail(text, $"{request.IncidentPath}: error: the incident does not render; run 'reportgen render' to see why");

        DocxValues docx;
        try
        {
            using var package = WordprocessingDocument.Open(request.DocxPath, false);
            docx = DocxValueReader.Read(package);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                       or OpenXmlPackageException or System.Xml.XmlException)
        {
            return Fail(text, $"{docxName}: error: cannot be read as a Word document: {e.Message}");
        }

        var expected = DocumentValues.Of(built.Document.Blocks);
        var byName = expected.Keys.ToDictionary(p => ValueMarkNames.For(p, 0), p => p, StringComparer.Ordinal);
        if (docx.Values.Count == 0)
            return Fail(text, $"{docxName}: error: the document holds no ReportGen value marks: it was not made by 'reportgen render', or its marks were removed",
                "hint: render the incident again and edit that .docx");
        var known = docx.Values.Keys.Count(byName.ContainsKey);
        var theirs = "";
        if (known == 0 || !SameIncident(docx, expected, out theirs))
            return Fail(text, $"{docxName}: error: the document was made from another incident{(known > 0 ? $" ({Quote(theirs)})" : "")}, not from {request.IncidentPath}",
                "hint: name the incident file the report was rendered from");

        var pathOfBase = byName;
        var present = expected.Keys.Where(p => docx.Values.ContainsKey(ValueMarkNames.For(p, 0))).ToHashSet(StringComparer.Ordinal);
        var removed = ListChanges.Removed(expected.Keys, present);
        var rows = ListChanges.NewRows(docx, pathOfBase);
        var bullets = ListChanges.NewBullets(docx, pathOfBase);
        var edits = new List<ImportedEdit>();
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, parts) in expected)
        {
            var name = ValueMarkNames.For(path, 0);
            if (!docx.Values.TryGetValue(name, out var found))
            {
                if (ListChanges.ItemOf(path) is not { } owner || !removed.Contains(owner))
                    warnings.Add($"{docxName}: warning: the mark of {path} was not found (deleted or destroyed while editing); its value stays as it is");
                continue;
            }
            var markdown = FieldKinds.IsMarkdown(path);
            // A list item's own bullet belongs to the list around it, not to the item's text.
            var isItem = path.EndsWith(']');
            var before = ValueMarkdown.Of(parts, markdown, isItem);
            var after = ValueMarkdown.Of(found.Parts, markdown, isItem);
            if (before == after) continue;
            // An enum shown by its label (a title badge) comes back as the choice it names.
            if (ShownChoices.EnumAt(path) is { } choices)
            {
                if (ShownChoices.NameOf(choices, after) is not { } choice)
                {
                    errors.Add($"{docxName}: {found.Place}: {Quote(after)}: not a {path[(path.LastIndexOf('.') + 1)..]} " +
                        $"(write one of {ShownChoices.List(choices)})");
                    continue;
                }
                after = choice;
            }
            changes[path] = after;
            edits.Add(new ImportedEdit(path, found.Place.ToString(), before, after));
        }
        warnings.AddRange(DerivedEdits.Find(built.Document.Blocks, docx, pathOfBase, docxName));
        foreach (var name in docx.Values.Keys.Where(n => !byName.ContainsKey(n)))
            warnings.Add($"{docxName}: warning: {docx.Values[name].Place}: a marked value the incident file no longer has was ignored");

        foreach (var item in removed.Order(StringComparer.Ordinal))
            edits.Add(new ImportedEdit(item, "removed", "", ""));
        foreach (var (item, place) in rows.Concat(bullets))
            edits.Add(new ImportedEdit(item.After[..item.After.LastIndexOf('[')] + "[+]", place.ToString(), "",
                item.Text ?? string.Join(", ", item.Fields.Select(f => f.Key + ": " + f.Value))));
        foreach (var path in ShownChoices.Defaulted(text, changes.Keys))
        {
            // The report showed a default (the alt text is the title): the file has no key to write the edit to.
            var edit = edits.First(e => e.YamlPath == path);
            edits.Remove(edit);
            changes.Remove(path);
            var parent = ShownChoices.Parent(path);
            var key = path[(parent.Length == 0 ? 0 : parent.Length + 1)..];
            warnings.Add($"{docxName}: warning: {edit.Place}: {Quote(edit.NewText)} was not imported: the incident file has no " +
                $"{key} {(parent.Length == 0 ? "key" : "under " + parent)}, so the report showed its default; add '{key}:' there with the new text");
        }
        var spliced = YamlEdits.Apply(text, changes, [.. rows.Select(r => r.Item), .. bullets.Select(b => b.Item)], removed, errors, docxName, edits);
        var comments = docx.Comments.Select(c => new ImportedComment(c.Author, c.Date, c.Text, c.AnchorText,
            c.BookmarkBases.Select(b => byName.GetValueOrDefault(b)).OfType<string>().ToList())).ToList();
        if (spliced is not null && errors.Count == 0)
            Validate(spliced, request.IncidentPath, docxName, edits, errors);
        return new ImportResult(text, errors.Count == 0 ? spliced : null, edits, comments, docx.Insertions + docx.Deletions, errors, warnings);

        ImportResult Fail(string original, params string[] messages) => new(original, null, [], [], 0, messages, []);
    }

    /// <summary>True unless the .docx shows another incident id than the file has.</summary>
    private static bool SameIncident(DocxValues docx, Dictionary<string, List<ValuePart>> expected, out string theirs)
    {
        theirs = "";
        if (!expected.TryGetValue("id", out var id) || !docx.Values.TryGetValue(ValueMarkNames.For("id", 0), out var shown)) return true;
        theirs = ValueMarkdown.Of(shown.Parts, markdown: false);
        return theirs == ValueMarkdown.Of(id, markdown: false);
    }

    private static void Validate(string text, string incidentPath, string docxName, List<ImportedEdit> edits, List<string> errors)
    {
        var full = Path.GetFullPath(incidentPath);
        var result = IncidentLoader.LoadText(text, incidentPath, Path.GetDirectoryName(full) ?? ".");
        foreach (var d in result.Diagnostics.Where(d => d.IsError))
        {
            var edit = edits.FirstOrDefault(e => d.Path is not null && (d.Path == e.YamlPath || d.Path.StartsWith(e.YamlPath + ".", StringComparison.Ordinal)));
            errors.Add(edit is null
                ? $"{incidentPath}:{d.Line}:{d.Column}: error: {d.Message} (after the import)"
                : $"{docxName}: {edit.Place}: {Quote(edit.NewText)}: {d.Message}");
        }
    }

    internal static string Quote(string text) => Core.Diagnostics.DiagnosticText.Quote(text);
}
