using ReportGen.Document.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Cli.Rendering;

/// <summary>A format written into memory: its bytes, the writer's result and, for a PDF drawn with its PNG pages, those.</summary>
internal sealed record PreparedOutput(byte[] Bytes, WriteResult Result, IReadOnlyList<byte[]>? PngPages);

/// <summary>What the formats of one file write: the document and its Markdown, the transaction the outputs are staged
/// into, and the file's diagnostics. One per file, used by one thread (<see cref="Prepared"/> work only reads it).</summary>
internal sealed class FormatJob(OutputTarget target, ReportDocument document, string markdown, OutputTransaction outputs,
    string display, List<Diagnostic> diagnostics, RenderOptions options, RenderResources resources)
{
    public OutputTarget Target { get; } = target;
    public ReportDocument Document { get; } = document;
    /// <summary>The Markdown the layout wrote (never holds anything but Markdown).</summary>
    public string Markdown { get; } = markdown;
    public OutputTransaction Outputs { get; } = outputs;
    public RenderOptions Options { get; } = options;

    /// <summary>The run's writer for <paramref name="format"/> (see <see cref="RenderResources.Writer"/>).</summary>
    public IDocumentWriter Writer(string format) => resources.Writer(format);

    /// <summary>True when this run also writes <paramref name="format"/>.</summary>
    public bool Asked(string format) => Options.Formats.Any(f => f.Name == format);

    /// <summary>Formats already being written into memory on worker threads, by name (see
    /// <see cref="FileRenderer.WriteOutputs"/>); empty when each format writes when its turn comes.</summary>
    public IReadOnlyDictionary<string, Task<PreparedOutput>> Prepared { get; set; } = new Dictionary<string, Task<PreparedOutput>>();

    /// <summary>PNG pictures of the PDF's pages, when the PDF format drew them along with the PDF (one layout for both).</summary>
    public IReadOnlyList<byte[]>? PagePictures { get; set; }

    /// <summary>Stages one file written by a document writer and keeps its warnings; returns its page count.</summary>
    public int Stage(string path, Func<Stream, WriteResult> write, string format) => Keep(Outputs.Stage(path, write), format);

    /// <summary>Keeps a writer's warnings, each at the place the writer gave it, named by format; returns its pages.</summary>
    public int Keep(WriteResult result, string format)
    {
        foreach (var warning in result.Warnings)
            diagnostics.Add(warning with
            {
                File = string.IsNullOrEmpty(warning.File) ? display : warning.File,
                Message = $"{format}: {warning.Message}",
            });
        return result.Pages;
    }
}
