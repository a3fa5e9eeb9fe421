using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The contents: the block's title (TOC Heading, not a heading, so it is not listed itself), then a TOC field
/// whose result is already filled in with the block's entries, one TOC 1-3 paragraph each, hyperlinked to the
/// heading's bookmark. Word rebuilds it with page numbers on open (the field is dirty and the settings ask to update
/// fields). Viewers that never update fields (LibreOffice) show the entries as they are, without page numbers: only
/// a real layout knows them, and a guessed number would be wrong there.</summary>
internal sealed class TableOfContentsRenderer : BlockRenderer<TableOfContentsBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, TableOfContentsBlock block)
    {
        var entries = block.Entries
            .Select(e => (Entry: e, Bookmark: context.Anchors.Find(e.AnchorId)))
            .Where(e => e.Bookmark is not null)
            .ToList();
        if (entries.Count == 0)
            return;
        if (!string.IsNullOrWhiteSpace(block.Title))
        {
            var title = Paragraphs.Styled(StyleIds.TocHeading);
            context.Inlines.AppendRun(title, block.Title, default);
            context.Append(title);
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, bookmark) = entries[i];
            var paragraph = Paragraphs.Styled(StyleIds.Toc(entry.Depth));
            if (i == 0)
                AppendFieldStart(paragraph, block);
            var link = new Hyperlink { Anchor = bookmark, History = true };
            context.Inlines.AppendRun(link, entry.Text, default);
            paragraph.AppendChild(link);
            if (i == entries.Count - 1)
                paragraph.AppendChild(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            context.Append(paragraph);
        }
    }

    // Dirty asks Word to rebuild the field (and its page numbers) when the document opens; \o lists the same levels.
    private static void AppendFieldStart(Paragraph paragraph, TableOfContentsBlock block)
    {
        var levels = string.Create(CultureInfo.InvariantCulture, $"{block.TopLevel}-{block.BottomLevel}");
        paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode($" TOC \\o \"{levels}\" \\h \\z \\u ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
    }
}
