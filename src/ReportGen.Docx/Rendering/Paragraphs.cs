using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Rendering;

/// <summary>Creating paragraphs in a named style, and placing bookmarks.</summary>
internal static class Paragraphs
{
    /// <summary>An empty paragraph in a style (null: Normal).</summary>
    public static Paragraph Styled(string? styleId)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        return paragraph;
    }

    /// <summary>The paragraph's properties, created when missing.</summary>
    public static ParagraphProperties Properties(this Paragraph paragraph) =>
        paragraph.ParagraphProperties ??= new ParagraphProperties();

    /// <summary>Wraps everything the paragraph holds (after its properties) in a bookmark, if one is given.</summary>
    public static void Bookmark(this Paragraph paragraph, DocxContext context, string? name)
    {
        if (name is null)
            return;
        var id = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = id, Name = name };
        if (paragraph.ParagraphProperties is { } props)
            props.InsertAfterSelf(start);
        else
            paragraph.PrependChild(start);
        paragraph.AppendChild(new BookmarkEnd { Id = id });
    }
}
