namespace ReportGen.Import;

/// <summary>What to import: the edited .docx, the incident file it was made from (and is written back into), and the
/// layout that rendered it (null: the built-in one).</summary>
/// <param name="DocxPath">The edited report.</param>
/// <param name="IncidentPath">The incident file the report was rendered from; null: the copy the .docx carries.</param>
/// <param name="LayoutDirectory">The layout folder used by render, or null for the built-in layout.</param>
public sealed record ImportRequest(string DocxPath, string? IncidentPath, string? LayoutDirectory = null);

/// <summary>One value the .docx changed: its YAML path, where it is in the .docx, and the old and new field text.</summary>
public sealed record ImportedEdit(string YamlPath, string Place, string OldText, string NewText);

/// <summary>A Word comment found in the .docx: never merged into the data, only listed.</summary>
public sealed record ImportedComment(string Author, string Date, string Text, string AnchorText, IReadOnlyList<string> YamlPaths);

/// <summary>What an import found and made.</summary>
/// <param name="OriginalText">The incident file's text as read.</param>
/// <param name="NewText">The incident file's text with the edits, or null when the import was refused or the result
/// does not validate.</param>
/// <param name="Edits">The values that changed.</param>
/// <param name="Comments">The Word comments.</param>
/// <param name="TrackedChanges">Tracked insertions and deletions read as accepted.</param>
/// <param name="Errors">Why nothing can be written (each names its place in the .docx).</param>
/// <param name="Warnings">What was ignored or could not be read.</param>
public sealed record ImportResult(
    string OriginalText,
    string? NewText,
    IReadOnlyList<ImportedEdit> Edits,
    IReadOnlyList<ImportedComment> Comments,
    int TrackedChanges,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The incident text read, as messages name it: the file, or the .docx's copy of it.</summary>
    public string Source { get; init; } = "";

    /// <summary>True when no incident file was named and the .docx carries no copy of one (nothing to import into).</summary>
    public bool NoSource { get; init; }

    /// <summary>True when there is a validated result to write.</summary>
    public bool Succeeded => NewText is not null && Errors.Count == 0;
}
