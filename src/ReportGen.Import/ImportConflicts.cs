using ReportGen.Import.Docx;
using ReportGen.Import.Values;

namespace ReportGen.Import;

/// <summary>When the incident file changed since the report was rendered, an edit made in the document can only be
/// carried over where the file still says what the document was made from: a value edited in both, or a list whose
/// items changed in the file and in the document, is a conflict, reported with both places and nothing written.</summary>
internal static class ImportConflicts
{
    /// <summary>Adds an error for every edit that meets a change of the file since the render.</summary>
    public static void Check(Dictionary<string, List<ValuePart>> rendered, Dictionary<string, List<ValuePart>> current,
        IReadOnlyList<ImportedEdit> edits, string file, string docxName, List<string> errors)
    {
        foreach (var edit in edits)
        {
            var list = edit.YamlPath.EndsWith("[+]", StringComparison.Ordinal) ? edit.YamlPath[..^3]
                : edit.Place == "removed" ? edit.YamlPath[..edit.YamlPath.LastIndexOf('[')] : null;
            var changed = list is null ? !Same(rendered, current, edit.YamlPath) : !SameList(rendered, current, list);
            if (!changed) continue;
            errors.Add($"{docxName}: {edit.Place}: {(list ?? edit.YamlPath)} was changed in the document and in {file} since the report was rendered");
            if (errors.Count == 1)
                errors.Add($"hint: render {file} again and redo the document's edit there, or take the file's change out first");
        }
    }

    private static bool Same(Dictionary<string, List<ValuePart>> a, Dictionary<string, List<ValuePart>> b, string path)
    {
        var inA = a.TryGetValue(path, out var x);
        var inB = b.TryGetValue(path, out var y);
        if (!inA || !inB) return inA == inB;
        var markdown = FieldKinds.IsMarkdown(path);
        return ValueMarkdown.Of(x!, markdown) == ValueMarkdown.Of(y!, markdown);
    }

    private static bool SameList(Dictionary<string, List<ValuePart>> a, Dictionary<string, List<ValuePart>> b, string list)
    {
        bool Under(string p) => p.StartsWith(list + "[", StringComparison.Ordinal);
        var paths = a.Keys.Where(Under).Concat(b.Keys.Where(Under)).Distinct(StringComparer.Ordinal);
        return paths.All(p => Same(a, b, p));
    }
}
