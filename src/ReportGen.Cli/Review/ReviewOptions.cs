using ReportGen.Cli.Rendering;
using ReportGen.Core.Layouts;
using ReportGen.Core.Loading;
using ReportGen.Core.Review;

namespace ReportGen.Cli.Review;

/// <summary>Everything <c>reportgen review</c> was asked to do, after the command line was parsed and checked.</summary>
internal sealed record ReviewOptions
{
    /// <summary>Files, folders and globs as the user typed them.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>Folder the review pack goes into.</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>Document formats to write (pdf, docx, md, png), in a fixed order.</summary>
    public required IReadOnlyList<OutputFormat> Formats { get; init; }
    /// <summary>Whether incidents.csv and action-items.csv are written.</summary>
    public bool Csv { get; init; }
    /// <summary>Period and as-of date.</summary>
    public ReviewRequest Request { get; init; } = new();
    /// <summary>Longest list of action items or unsigned postmortems in the PDF, .docx and Markdown.</summary>
    public int ListLimit { get; init; } = ReviewBuilder.DefaultListLimit;
    /// <summary>How much work the layout may do before it is stopped as a runaway.</summary>
    public LayoutBudget LayoutBudget { get; init; } = LayoutBudget.Default;
    /// <summary>Custom review layout folder; null uses the built-in one.</summary>
    public string? LayoutDirectory { get; init; }
    /// <summary>Word template whose styles the .docx takes.</summary>
    public string? ReferenceDocx { get; init; }
    /// <summary>Extra font folders (absolute paths).</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];
    /// <summary>Files read at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
    /// <summary>Only errors and the summary line.</summary>
    public bool Quiet { get; init; }
    /// <summary>Limits for reading incident files.</summary>
    public LoadOptions LoadOptions { get; init; } = new();
    /// <summary>Folder relative paths are resolved against.</summary>
    public required string CurrentDirectory { get; init; }

    /// <summary>The same choices in the shape the shared writing code (<see cref="FileRenderer"/>, <see
    /// cref="RenderResources"/>) takes.</summary>
    public RenderOptions ToRenderOptions() => new()
    {
        Inputs = Inputs, OutputDirectory = OutputDirectory, Formats = Formats, LayoutDirectory = LayoutDirectory,
        ReferenceDocx = ReferenceDocx, FontDirectories = FontDirectories, Jobs = Jobs, Quiet = Quiet,
        LoadOptions = LoadOptions, CurrentDirectory = CurrentDirectory, LayoutBudget = LayoutBudget,
    };
}
