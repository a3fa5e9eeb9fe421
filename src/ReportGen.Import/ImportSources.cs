using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Loading;
using ReportGen.Docx.Packaging;

namespace ReportGen.Import;

/// <summary>The incident text an import reads and writes, and the one the report was rendered from. The .docx carries a
/// copy of its incident file (<see cref="SourceCopy"/>): with no file named, that copy is both; with a file named that
/// differs from the copy (the file changed since the render), the copy is what the .docx's values are compared with,
/// so only the facilitator's edits are carried over, and the file is what they are written into.</summary>
internal sealed record ImportSources(string Name, string Text, LoadResult Current, LoadResult Rendered, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the file changed since the report was rendered (its copy in the .docx differs).</summary>
    public bool Diverged => !ReferenceEquals(Current, Rendered);

    /// <summary>Resolves the sources of <paramref name="request"/>; an error message instead when there is none to use.</summary>
    public static ImportSources? Resolve(ImportRequest request, MainDocumentPart main, out string[] errors)
    {
        errors = [];
        var warnings = new List<string>();
        var carried = SourceCopy.Read(main, out var problem);
        if (problem is not null) warnings.Add($"{request.DocxPath}: warning: {problem}; it was not used");
        var docxFolder = Path.GetDirectoryName(Path.GetFullPath(request.DocxPath)) ?? ".";
        // The copy's figures are not beside a mailed .docx: they are not opened (their captions and alt text still compare).
        var noFigures = new LoadOptions { CheckFigureFiles = false };
        if (request.IncidentPath is not { } path)
        {
            if (carried is null)
            {
                errors = [$"{request.DocxPath}: error: the document carries no copy of its incident file (rendered before ReportGen kept one, or the copy was removed)",
                    "hint: name the incident file it was rendered from: --into INCIDENT.yaml (to update it) or --from INCIDENT.yaml (to print the result)"];
                return null;
            }
            var name = $"{request.DocxPath} (its copy of the incident file)";
            var text = Decode(carried);
            var loaded = IncidentLoader.LoadText(text, name, docxFolder, noFigures);
            return new ImportSources(name, text, loaded, loaded, warnings);
        }
        string fileText;
        try { fileText = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors = [$"{path}: error: cannot be read: {e.Message}"];
            return null;
        }
        var current = IncidentLoader.Load(path);
        if (carried is null || current.SourceBytes is not { } bytes || bytes.AsSpan().SequenceEqual(carried))
            return new ImportSources(path, fileText, current, current, warnings);
        var incidentFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var rendered = IncidentLoader.LoadText(Decode(carried), $"{request.DocxPath} (its copy of the incident file)", incidentFolder, noFigures);
        if (rendered.HasErrors || rendered.Incident is null) return new ImportSources(path, fileText, current, current, warnings);
        if (current.Incident is { } now && now.Id != rendered.Incident.Id)
        {
            errors = [$"{request.DocxPath}: error: the document was made from another incident ({Quote(rendered.Incident.Id)}), not from {path}",
                "hint: name the incident file the report was rendered from, or leave out --into/--from to print the incident file the document carries, with the edits"];
            return null;
        }
        warnings.Add($"{request.DocxPath}: warning: {path} changed since the report was rendered; only the values edited in the document are carried over, the file's own changes stay");
        return new ImportSources(path, fileText, current, rendered, warnings);
    }

    private static string Decode(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes);

    private static string Quote(string text) => Document.Diagnostics.DiagnosticText.Quote(text);
}
