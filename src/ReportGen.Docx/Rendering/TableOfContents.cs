using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Rendering.Blocks;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering;

/// <summary>A TOC field whose result is already filled in: one TOC 1-3 paragraph per heading, hyperlinked to the
/// heading's bookmark. Word rebuilds it with page numbers on open (the field is dirty and the settings ask to update
/// fields). Viewers that never update fields (LibreOffice) show the cached entries as they are, so these carry no
/// page numbers: only a real layout knows them, and a guessed number would be wrong in those viewers.</summary>
internal static class TableOfContents
{
    /// <summary>Heading text for the contents block.</summary>
    public const string Title = "Contents";

    /// <summary>Writes the contents for every Heading 1-3 of the document; nothing when it has none.</summary>
    public static void Write(DocxContext context)
    {
        var headings = Headings(context.Document.Blocks).Where(HeadingRenderer.InContents).ToList();
        var entries = headings
            .Select(h => (Heading: h, Bookmark: context.Anchors.Find(h.AnchorId)))
            .Where(e => e.Bookmark is not null)
            .ToList();
        if (entries.Count == 0)
            return;

        // Layouts often keep level 1 for the title and start sections at level 2: the shallowest level gets TOC 1.
        var topLevel = entries.Min(e => e.Heading.Level);
        var title = Paragraphs.Styled(StyleIds.TocHeading);
        title.AppendChild(new Run(new Text(Title)));
        context.Append(title);
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, bookmark) = entries[i];
            var paragraph = Paragraphs.Styled(StyleIds.Toc(heading.Level - topLevel + 1));
            if (i == 0)
                AppendTocFieldStart(paragraph);
            var link = new Hyperlink { Anchor = bookmark, History = true };
            context.Inlines.AppendRun(link, Inlines.PlainText(heading.Inlines), default);
            paragraph.AppendChild(link);
            if (i == entries.Count - 1)
                paragraph.AppendChild(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            context.Append(paragraph);
        }
    }

    // Dirty asks Word to rebuild the field (and its page numbers) when the document opens.
    private static void AppendTocFieldStart(Paragraph paragraph) => paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));

    private static IEnumerable<HeadingBlock> Headings(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
                yield return heading;
        }
    }
}
