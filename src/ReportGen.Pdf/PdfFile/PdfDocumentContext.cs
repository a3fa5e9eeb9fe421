using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>Everything the pages of one PDF share while they are written: the file, the resource dictionary, fonts,
/// images, gradients and named destinations. One per document, never shared between threads.</summary>
internal sealed class PdfDocumentContext
{
    public PdfDocumentContext(PdfFileBuilder file, Output.ImageInspector? images = null)
    {
        File = file;
        Resources = new PdfResources(file);
        Fonts = new PdfFonts(file);
        Images = new PdfImages(file, Resources, images ?? new Output.ImageInspector());
        Gradients = new PdfGradients(file, Resources);
    }

    public PdfFileBuilder File { get; }
    public PdfResources Resources { get; }
    public PdfFonts Fonts { get; }
    public PdfImages Images { get; }
    public PdfGradients Gradients { get; }
    public NamedDestinations Destinations { get; } = new();

    /// <summary>The run last drawn as outlines and its path (see <see cref="GlyphOutlines"/>).</summary>
    public (Engine.GlyphRun Run, Engine.VectorPath Path)? LastOutlines { get; set; }

    private readonly ContentStream _pageContent = new();

    /// <summary>The content buffer of the page about to be drawn, emptied: one buffer serves every page, because a page's
    /// content is written to the file before the next page starts (a new 16 KiB buffer per page, grown by doubling, was
    /// a quarter of the page replay's allocations).</summary>
    public ContentStream NewPageContent()
    {
        _pageContent.Bytes.Clear();
        return _pageContent;
    }
}

/// <summary>The fonts of one document, one embedded font per face, in first-use order.</summary>
internal sealed class PdfFonts(PdfFileBuilder file)
{
    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);

    public EmbeddedFont Get(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
            _fonts[face] = font = new EmbeddedFont(face, file.Reserve());
        return font;
    }

    /// <summary>Writes every font used (subset programs, widths, ToUnicode); called once the pages are written.</summary>
    public void Write()
    {
        foreach (var font in _fonts.Values)
            font.Write(file);
    }
}

/// <summary>Named destinations (targets of internal links); the first definition of a name wins.</summary>
internal sealed class NamedDestinations
{
    private readonly Dictionary<string, (int Page, float X, float Y)> _names = new(StringComparer.Ordinal);

    public int Count => _names.Count;

    public void Add(string name, int page, float x, float y) => _names.TryAdd(name, (page, x, y));

    /// <summary>In the order a PDF name tree requires: by the bytes of the keys as written (a name with characters
    /// beyond printable ASCII is written as UTF-16 with a byte order mark, so it sorts after every plain one).</summary>
    public IEnumerable<(string Name, int Page, float X, float Y)> Sorted() =>
        _names.OrderBy(n => KeyBytes(n.Key), ByteOrder.Instance).Select(n => (n.Key, n.Value.Page, n.Value.X, n.Value.Y));

    private static byte[] KeyBytes(string name) => name.All(c => c is >= ' ' and <= '~')
        ? System.Text.Encoding.ASCII.GetBytes(name)
        : [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(name)];

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
