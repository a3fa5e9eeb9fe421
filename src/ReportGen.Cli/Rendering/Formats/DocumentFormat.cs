namespace ReportGen.Cli.Rendering;

/// <summary>A format that is one file written by the document writer registered under the same name.</summary>
internal class DocumentFormat(string name, string description) : OutputFormat(name, description)
{
    /// <inheritdoc/>
    public override IReadOnlyList<string> Writers => [Name];

    /// <inheritdoc/>
    public override int Write(FormatJob job)
    {
        if (!job.Prepared.TryGetValue(Name, out var pending)) return WriteNow(job);
        var prepared = pending.GetAwaiter().GetResult(); // a writer's exception comes through as itself
        job.Outputs.StageBytes(job.Target.PathFor(this), prepared.Bytes);
        job.PagePictures = prepared.PngPages ?? job.PagePictures;
        return job.Keep(prepared.Result, Name);
    }

    /// <summary>Writes the file into memory, on any thread: reads <paramref name="job"/>, never changes it.</summary>
    public virtual PreparedOutput Prepare(FormatJob job)
    {
        using var memory = new MemoryStream();
        var result = job.Writer(Name).Write(job.Document, memory);
        return new PreparedOutput(memory.ToArray(), result, null);
    }

    /// <summary>Stages the file straight into the job's transaction; returns its page count.</summary>
    protected virtual int WriteNow(FormatJob job)
    {
        var writer = job.Writer(Name);
        return job.Stage(job.Target.PathFor(this), s => writer.Write(job.Document, s), Name);
    }
}
