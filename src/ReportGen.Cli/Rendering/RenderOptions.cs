using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;

namespace ReportGen.Cli.Rendering;

/// <summary>Everything <c>reportgen render</c> was asked to do, after the command line was parsed and checked.</summary>
internal sealed record RenderOptions
{
    /// <summary>Files, folders and globs as the user typed them.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>Output root; null writes each output next to its input.</summary>
    public string? OutputDirectory { get; init; }
    /// <summary>Formats to write, in a fixed order.</summary>
    public required IReadOnlyList<OutputFormat> Formats { get; init; }
    /// <summary>Custom layout folder; null uses the built-in postmortem layout.</summary>
    public string? LayoutDirectory { get; init; }
    /// <summary>Word template whose styles the .docx takes.</summary>
    public string? ReferenceDocx { get; init; }
    /// <summary>Extra font folders for characters the shipped fonts lack (absolute paths).</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];
    /// <summary>Files rendered at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
    /// <summary>Warnings fail a file.</summary>
    public bool Strict { get; init; }
    /// <summary>Only errors and the summary line.</summary>
    public bool Quiet { get; init; }
    /// <summary>Every diagnostic and per-file timings.</summary>
    public bool Verbose { get; init; }
    /// <summary>Keep running and re-render on changes.</summary>
    public bool Watch { get; init; }
    /// <summary>Resolution of PNG page previews.</summary>
    public double PngDpi { get; init; } = 110;
    /// <summary>Limits for reading incident files.</summary>
    public LoadOptions LoadOptions { get; init; } = new();
    /// <summary>Scale of the limits that stop a runaway layout.</summary>
    public LayoutBudget LayoutBudget { get; init; } = LayoutBudget.Default;
    /// <summary>Folder relative paths are resolved against.</summary>
    public required string CurrentDirectory { get; init; }
}
