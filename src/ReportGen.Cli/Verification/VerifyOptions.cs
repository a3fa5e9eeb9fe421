using ReportGen.Core.Loading;

namespace ReportGen.Cli.Verification;

/// <summary>Everything <c>reportgen verify</c> was asked to do, after the command line was checked.</summary>
internal sealed record VerifyOptions
{
    /// <summary>A report (.pdf or .docx), or a folder of reports.</summary>
    public required string Report { get; init; }
    /// <summary>The incident file the report should come from, or a folder of incidents (matched by file stem).</summary>
    public required string Incident { get; init; }
    /// <summary>The layout the report was rendered with; null for the built-in one.</summary>
    public string? LayoutDirectory { get; init; }
    /// <summary>The Word template a .docx was rendered with.</summary>
    public string? ReferenceDocx { get; init; }
    /// <summary>Extra font folders the PDF was rendered with (absolute paths).</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];
    /// <summary>Limits for reading incident files.</summary>
    public LoadOptions LoadOptions { get; init; } = new();
    /// <summary>Folder relative paths are resolved against.</summary>
    public required string CurrentDirectory { get; init; }
}
