using ReportGen.Document.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Loading;

/// <summary>The outcome of loading one incident file: the model and its derived figures when the file has no errors,
/// and every diagnostic found (errors and warnings, in source order).</summary>
/// <param name="File">The path as the user gave it.</param>
/// <param name="Incident">The incident; non-null exactly when there are no errors.</param>
/// <param name="Figures">Derived figures; non-null exactly when there are no errors.</param>
/// <param name="Diagnostics">Everything found, sorted by line and column.</param>
public sealed record LoadResult(string File, Incident? Incident, IncidentFigures? Figures, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where each record of <see cref="Incident"/> was written (null when there is no incident).</summary>
    internal IncidentPositions? Positions { get; init; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Lower-case hex SHA-256 of the bytes that were parsed (the file as read; UTF-8 of the text for
    /// <see cref="IncidentLoader.LoadText"/>), the first part of every output's source fingerprint. Null when the file
    /// could not be read.</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>The bytes <see cref="SourceSha256"/> hashes (the .docx carries them, see
    /// <see cref="Document.DocumentSettings.SourceBytes"/>); null when the file could not be read.</summary>
    public byte[]? SourceBytes { get; init; }

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
