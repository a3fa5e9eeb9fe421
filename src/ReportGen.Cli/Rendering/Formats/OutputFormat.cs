namespace ReportGen.Cli.Rendering;

/// <summary>A format <c>render</c> can write for one incident, registered once in <see cref="WriterRegistry"/>: its
/// name (the <c>--format</c> value and the file extension), the help text, and how it writes one file's outputs.
/// Instances are shared by every file of a run (and by parallel workers): they hold no per-file state.</summary>
internal abstract class OutputFormat(string name, string description)
{
    /// <summary>The <c>--format</c> value and file extension, lower case: <c>pdf</c>.</summary>
    public string Name { get; } = name;

    /// <summary>What it writes, for <c>--format</c>'s help.</summary>
    public string Description { get; } = description;

    /// <summary>The document writers (by their <c>Format</c>) it uses; they are created, and their fonts loaded, before
    /// the first file when this format is asked for.</summary>
    public virtual IReadOnlyList<string> Writers => [];

    /// <summary>The first path it writes for <paramref name="target"/> (checked before anything is rendered).</summary>
    public virtual string FirstPath(OutputTarget target) => target.PathFor(this);

    /// <summary>Stages this format's outputs for one file into <see cref="FormatJob.Outputs"/>; returns the page
    /// count when it knows it (0 otherwise).</summary>
    public abstract int Write(FormatJob job);

    /// <summary>Runs after a file's outputs were put in place (e.g. deleting previews of pages that no longer exist).</summary>
    public virtual void Committed(OutputTarget target, int pages)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
