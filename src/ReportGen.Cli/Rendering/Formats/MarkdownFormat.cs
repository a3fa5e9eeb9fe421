using System.Text;

namespace ReportGen.Cli.Rendering;

/// <summary>The Markdown the layout wrote, as it went into the document (for layout authors).</summary>
internal sealed class MarkdownFormat() : OutputFormat("md", "the Markdown the layout wrote")
{
    /// <inheritdoc/>
    public override int Write(FormatJob job)
    {
        job.Outputs.StageBytes(job.Target.PathFor(this), Encoding.UTF8.GetBytes(job.Markdown));
        return 0;
    }
}
