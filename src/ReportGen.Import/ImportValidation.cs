using ReportGen.Core.Loading;
using ReportGen.Import.Values;

namespace ReportGen.Import;

/// <summary>The import's result validated as the incident file it becomes, before anything is written.</summary>
internal static class ImportValidation
{
    /// <summary>Loads the result: each error is reported at the .docx place of the edit it is about (or at the file's
    /// line); a warning about an edited value (a time moved days before the start) is passed on at its place.</summary>
    public static void Check(string text, ImportSources sources, ImportRequest request, string docxName, List<ImportedEdit> edits,
        List<string> errors, List<string> warnings)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(request.IncidentPath ?? docxName)) ?? ".";
        var options = request.IncidentPath is null ? new LoadOptions { CheckFigureFiles = false } : null;
        var result = IncidentLoader.LoadText(text, sources.Name, folder, options);
        foreach (var d in result.Diagnostics.Where(d => !d.IsError && d.Path is not null))
            if (edits.FirstOrDefault(e => e.YamlPath == d.Path) is { } edited)
                warnings.Add($"{docxName}: warning: {edited.Place}: {ImportService.Quote(edited.NewText)}: {d.Message}{(d.Hint is { } hint ? $" ({hint})" : "")}");
        foreach (var d in result.Diagnostics.Where(d => d.IsError))
        {
            // The edit the error is about: at its path or below, else an edit in the same list item (a rule between
            // the entry's values: an escalation typed into an entry before started_at is reported at its time).
            var edit = edits.FirstOrDefault(e => d.Path is not null && (d.Path == e.YamlPath || d.Path.StartsWith(e.YamlPath + ".", StringComparison.Ordinal)))
                       ?? edits.FirstOrDefault(e => d.Path is not null && ListChanges.ItemOf(d.Path) is { } item && ListChanges.ItemOf(e.YamlPath) == item
                                                    && e.Place != "removed" && !e.YamlPath.EndsWith("[+]", StringComparison.Ordinal));
            errors.Add(edit is null
                ? $"{sources.Name}:{d.Line}:{d.Column}: error: {d.Message} (after the import)"
                : $"{docxName}: {edit.Place}: {ImportService.Quote(edit.NewText)}: {d.Message}{(d.Hint is { } hint ? $" ({hint})" : "")}");
        }
    }
}
