using System.Text;

namespace ReportGen.Pdf.PdfFile;

/// <summary>How <see cref="TextRunWriter"/> marks a run's text. A run the ToUnicode map reads right is plain content of
/// the open sequence. A run (or a cluster of one) that needs an /ActualText span is a segment: in an untagged stream
/// (or inside an artifact) a <c>/Span</c> nested where it is drawn; in tagged content a marked-content sequence of its
/// own that carries both its element's id and the /ActualText, because readers of the structure (poppler's among them)
/// read the text of each id and lose track of ids at a span nested inside one.</summary>
internal interface ITextMarks
{
    /// <summary>Before plain text: makes sure the right sequence is open.</summary>
    void Plain(ContentStream content);

    /// <summary>Before a run written in segments; true when each segment is a tagged sequence of its own (the open
    /// sequence has been ended, and text between segments needs a segment too).</summary>
    bool BeginSegments(ContentStream content);

    /// <summary>Opens a segment; <paramref name="actualText"/> null for text the map reads right.</summary>
    void Segment(ContentStream content, string? actualText, bool tagged);

    /// <summary>Closes the segment <see cref="Segment"/> opened.</summary>
    void EndSegment(ContentStream content, string? actualText, bool tagged);
}

/// <summary>Text marks of an untagged stream, of an artifact, and of drawing inside a transparency group (whose whole
/// form is inside the sequence around it): /ActualText spans nested where they are drawn.</summary>
internal sealed class NestedTextMarks : ITextMarks
{
    public static readonly NestedTextMarks Instance = new();

    public void Plain(ContentStream content) { }

    public bool BeginSegments(ContentStream content) => false;

    public void Segment(ContentStream content, string? actualText, bool tagged)
    {
        if (actualText is not null)
            content.Bytes.Ascii("/Span<</ActualText").TextString(actualText).Ascii(">>BDC\n");
    }

    public void EndSegment(ContentStream content, string? actualText, bool tagged)
    {
        if (actualText is not null)
            content.Bytes.Ascii("EMC\n");
    }

    /// <summary>UTF-8 text as a .NET string (for /ActualText).</summary>
    public static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
