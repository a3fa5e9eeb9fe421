namespace ReportGen.Cli.Rendering;

/// <summary>A format that is one file written by the document writer registered under the same name.</summary>
internal class DocumentFormat(string name, string description) : OutputFormat(name, description)
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> Writers => [Name];

    /// <inheritdoc/>
    public override int Write(FormatJob job)
    {
        var writer = job.Writer(Name);
        return job.Stage(job.Target.PathFor(this), s => writer.Write(job.Document, s), Name);
    }
}
