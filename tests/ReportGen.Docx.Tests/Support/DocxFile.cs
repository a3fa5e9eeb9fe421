using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Docx.Tests.Support;

/// <summary>A written .docx held in memory, opened read-only for assertions.</summary>
internal sealed class DocxFile : IDisposable
{
    private DocxFile(byte[] bytes, WriteResult result)
    {
        Bytes = bytes;
        Result = result;
        Package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
    }

    public byte[] Bytes { get; }
    public WriteResult Result { get; }
    public WordprocessingDocument Package { get; }
    public MainDocumentPart Main => Package.MainDocumentPart!;
    public Body Body => Main.Document!.Body!;

    public static DocxFile Write(ReportDocument document, DocxWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        var result = new DocxWriter(options).Write(document, output);
        return new DocxFile(output.ToArray(), result);
    }

    /// <summary>The paragraphs of the body (including those in tables) in a style.</summary>
    public IEnumerable<Paragraph> ParagraphsIn(string styleId) =>
        Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    /// <summary>The body tables in a table style.</summary>
    public IEnumerable<Table> TablesIn(string styleId) =>
        Body.Elements<Table>().Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == styleId);

    /// <summary>Validation errors for Microsoft 365, as readable lines.</summary>
    public List<string> ValidationErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365)
            .Validate(Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

    /// <summary>Text of an element as Word shows it (tabs as \t).</summary>
    public static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => "\t",
            _ => "",
        }));

    public void Dispose() => Package.Dispose();
}
