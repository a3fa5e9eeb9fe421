using ReportGen.Document.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using ReportGen.Document;
using ReportGen.Docx.Packaging;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering;

/// <summary>The state shared by every block renderer while one document is written: where output goes, ids,
/// anchors, numbering, warnings. One context per <see cref="DocxWriter.Write"/> call, never shared between threads.</summary>
internal sealed class DocxContext
{
    private readonly Stack<OpenXmlCompositeElement> _containers = new();
    private readonly Dictionary<string, string> _linkIds = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _warnings = [];
    private readonly Dictionary<string, int> _valueParts = new(StringComparer.Ordinal);
    private int _bookmarkId;
    private int _imageCount;

    /// <summary>A context writing into <paramref name="body"/>, the main document of <paramref name="package"/>.</summary>
    public DocxContext(ReportDocument document, DocxWriterOptions options, DocxPackage package, OpenXmlCompositeElement body,
        double textWidth)
    {
        Document = document;
        Options = options;
        Package = package;
        TextWidth = textWidth;
        AvailableWidth = textWidth;
        Anchors = new AnchorMap(document.Blocks);
        Inlines = new InlineWriter(this);
        _containers.Push(body);
    }

    /// <summary>The document being written.</summary>
    public ReportDocument Document { get; }
    /// <summary>The theme of the document.</summary>
    public Theme Theme => Document.Theme;
    /// <summary>The writer's options.</summary>
    public DocxWriterOptions Options { get; }
    /// <summary>The package being written (for the main document's relationships and parts).</summary>
    public DocxPackage Package { get; }
    /// <summary>Width between the page margins, in points.</summary>
    public double TextWidth { get; }
    /// <summary>Width available to the current container, in points (less inside a callout box).</summary>
    public double AvailableWidth { get; private set; }
    /// <summary>Bookmark names of the document's anchors.</summary>
    public AnchorMap Anchors { get; }
    /// <summary>List numbering instances.</summary>
    public NumberingDefinitions Numbering { get; } = new();
    /// <summary>Removes characters XML cannot hold.</summary>
    public XmlTextSanitizer Sanitizer { get; } = new();
    /// <summary>Writes inlines into paragraphs.</summary>
    public InlineWriter Inlines { get; }
    /// <summary>Nesting depth of lists at the current point (0 outside lists).</summary>
    public int ListDepth { get; set; }
    /// <summary>True once Word's picture-frame VML shape type has been written (it is written before the first VML picture
    /// only, as Word does).</summary>
    public bool PictureFrameTypeWritten { get; set; }

    /// <summary>The signature-line pictures embedded so far, by size: every signer's is the same ✕ and line, drawn and
    /// embedded once per size and shared (the names are in the shape's signature-line data and in the row).</summary>
    public Dictionary<(double Width, double Height), string> SignatureLinePictures { get; } = [];

    /// <summary>Signature lines written so far (numbers their shapes).</summary>
    public int SignatureLineCount { get; set; }

    /// <summary>Warnings collected so far, each at the origin of the block it concerns.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    /// <summary>The origin of the innermost block (or table row) being written that knows it: warnings raised
    /// meanwhile point there.</summary>
    public SourceReference? CurrentOrigin { get; set; }

    /// <summary>Appends an element to the current container.</summary>
    public void Append(OpenXmlElement element) => _containers.Peek().AppendChild(element);

    /// <summary>Redirects output into <paramref name="container"/> (a table cell) until disposed.</summary>
    public IDisposable Into(OpenXmlCompositeElement container, double width)
    {
        var previous = AvailableWidth;
        _containers.Push(container);
        AvailableWidth = width;
        return new Scope(() => { _containers.Pop(); AvailableWidth = previous; });
    }

    /// <summary>True while a block that stays on the page of the next one is written (<see cref="KeepWithNext"/>, the
    /// rule the PDF follows): its renderer sets keepNext on what it writes.</summary>
    public bool KeepsWithNext { get; private set; }

    /// <summary>Writes a sequence of blocks through their renderers, warning per block about removed characters.</summary>
    public void WriteBlocks(IReadOnlyList<Block> blocks)
    {
        Block? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            KeepsWithNext = KeepWithNext.Applies(previous, blocks[i], next);
            try { WriteBlock(blocks[i]); }
            finally { KeepsWithNext = false; }
            previous = blocks[i];
        }
    }

    /// <summary>Writes one block; a block type without a renderer is left out with a warning.</summary>
    public void WriteBlock(Block block)
    {
        var outer = CurrentOrigin;
        CurrentOrigin = block.Origin ?? outer;
        try
        {
            if (BlockRenderers.For(block) is not { } renderer)
            {
                Warn(WriterMessages.UnknownBlock(".docx", block));
                return;
            }
            renderer.Write(this, block);
            if (Sanitizer.HasRemoved)
                Warn($"removed characters a Word document cannot hold ({Sanitizer.TakeRemoved()})");
        }
        finally { CurrentOrigin = outer; }
    }

    /// <summary>Records a warning about the block being written (at its origin) for the run's result.</summary>
    public void Warn(string message) => _warnings.Add(WriterWarning.For(Document, CurrentOrigin, message));

    /// <summary>Records a warning about the document as a whole.</summary>
    public void WarnDocument(string message) => _warnings.Add(WriterWarning.For(Document, null, message));

    /// <summary>The next paragraph number of the value at <paramref name="yamlPath"/> (0 for its first paragraph).</summary>
    public int NextValuePart(string yamlPath)
    {
        _valueParts.TryGetValue(yamlPath, out var part);
        _valueParts[yamlPath] = part + 1;
        return part;
    }

    /// <summary>A fresh bookmark id.</summary>
    public int NextBookmarkId() => ++_bookmarkId;

    /// <summary>The relationship id of an external link (one per distinct address), or null when the address is not a URI.
    /// A link to a file beside the document (<see cref="RelativeLink.IsLocalFile"/>) is kept relative.</summary>
    public string? ExternalLinkId(string url)
    {
        if (_linkIds.TryGetValue(url, out var id))
            return id;
        if (!Uri.TryCreate(url, RelativeLink.IsLocalFile(url) ? UriKind.Relative : UriKind.Absolute, out var uri))
            return null;
        id = "rIdLink" + (_linkIds.Count + 1).ToString(CultureInfo.InvariantCulture);
        Package.AddExternal(DocxPackage.MainDocument, RelationshipTypes.Hyperlink, id, uri.OriginalString);
        _linkIds[url] = id;
        return id;
    }

    /// <summary>Embeds an image and returns its relationship id and a drawing id unique in the document.</summary>
    public (string RelationshipId, uint DrawingId) AddImage(ImageData image)
    {
        _imageCount++;
        var id = "rIdImg" + _imageCount.ToString(CultureInfo.InvariantCulture);
        AddMedia(id, image.Format == ImageFormat.Jpeg ? ContentTypes.Jpeg : ContentTypes.Png, image.Bytes);
        return (id, (uint)_imageCount);
    }

    /// <summary>Embeds <paramref name="bytes"/> as a media part of <paramref name="contentType"/> (PNG, JPEG or SVG)
    /// related to the main document as an image with id <paramref name="relationshipId"/>.</summary>
    public void AddMedia(string relationshipId, string contentType, byte[] bytes)
    {
        var extension = contentType switch { ContentTypes.Jpeg => ".jpg", ContentTypes.Svg => ".svg", _ => ".png" };
        var name = Package.UniqueName("/media/", "image", extension, contentType);
        Package.Add(DocxPackage.MainDocument, RelationshipTypes.Image, relationshipId, name, contentType, bytes);
    }

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
