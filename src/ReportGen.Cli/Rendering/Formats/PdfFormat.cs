using ReportGen.Pdf;

namespace ReportGen.Cli.Rendering;

/// <summary>The PDF. When PNG pages are asked for too, one layout serves both: the pages are drawn now and staged when
/// the run reaches the PNG format (see <see cref="PdfPagesFormat"/>).</summary>
internal sealed class PdfFormat() : DocumentFormat("pdf", "the report as PDF")
{
    /// <inheritdoc/>
    protected override int WriteNow(FormatJob job)
    {
        if (!job.Asked(PdfPagesFormat.FormatName) || job.Writer(Name) is not PdfWriter pdf) return base.WriteNow(job);
        var both = job.Outputs.Stage(job.Target.PathFor(this), s => pdf.WriteWithPngPages(job.Document, s, job.Options.PngDpi));
        job.PagePictures = both.PngPages;
        return job.Keep(both.Result, Name);
    }

    /// <inheritdoc/>
    public override PreparedOutput Prepare(FormatJob job)
    {
        if (!job.Asked(PdfPagesFormat.FormatName) || job.Writer(Name) is not PdfWriter pdf) return base.Prepare(job);
        using var memory = new MemoryStream();
        var both = pdf.WriteWithPngPages(job.Document, memory, job.Options.PngDpi);
        return new PreparedOutput(memory.ToArray(), both.Result, both.PngPages);
    }
}

/// <summary>PNG previews of the PDF's pages (<c>name-p1.png</c>…): a view of the PDF writer's output, drawn from the
/// same layout.</summary>
internal sealed class PdfPagesFormat() : OutputFormat(FormatName, "a PNG picture of each PDF page: name-p1.png, name-p2.png…")
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "png";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Writers => ["pdf"];

    /// <inheritdoc/>
    public override string FirstPath(OutputTarget target) => target.PngPage(1);

    /// <inheritdoc/>
    public override int Write(FormatJob job)
    {
        // Staged here, not with the PDF, so the files are listed in the fixed format order either way.
        var images = job.PagePictures ?? ((PdfWriter)job.Writer("pdf")).RenderPngPages(job.Document, job.Options.PngDpi);
        for (var i = 0; i < images.Count; i++)
            job.Outputs.StageBytes(job.Target.PngPage(i + 1), images[i]);
        return images.Count;
    }

    /// <inheritdoc/>
    public override void Committed(OutputTarget target, int pages) => StalePreviews.Delete(target, pages);
}
