using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Rendering.Blocks;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering;

/// <summary>A TOC field whose result is already filled in: one TOC 1-3 paragraph per heading, hyperlinked to the
/// heading's bookmark, with a PAGEREF field for the page number. Word recomputes it on open (the field is dirty and
/// settings ask to update fields); viewers that never update fields still show the entries.</summary>
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

        var title = Paragraphs.Styled(StyleIds.TocHeading);
        title.AppendChild(new Run(new Text(Title)));
        context.Append(title);
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, bookmark) = entries[i];
            var paragraph = Paragraphs.Styled(StyleIds.Toc(heading.Level));
            if (i == 0)
                AppendTocFieldStart(paragraph);
            var link = new Hyperlink { Anchor = bookmark, History = true };
            context.Inlines.AppendRun(link, Inlines.PlainText(heading.Inlines), default);
            link.AppendChild(new Run(new TabChar()));
            AppendPageRef(link, bookmark!);
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

    // The cached page number stays empty: only the viewer knows the pages, and both Word (on update) and
    // LibreOffice (which turns PAGEREF into a live page reference) fill it in.
    private static void AppendPageRef(Hyperlink link, string bookmark) => link.Append(
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    private static IEnumerable<HeadingBlock> Headings(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
                yield return heading;
        }
    }
}
