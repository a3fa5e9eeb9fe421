using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>Headings in Heading 1-3 (a heading with class <c>title</c> in Title, <c>subtitle</c> in Subtitle), each
/// wrapped in a bookmark named after its anchor so links and the table of contents can jump to it.</summary>
internal sealed class HeadingRenderer : BlockRenderer<HeadingBlock>
{
    /// <summary>The style a heading gets.</summary>
    public static string StyleFor(HeadingBlock heading) =>
        heading.Classes.Contains("title") ? StyleIds.Title
        : heading.Classes.Contains("subtitle") ? StyleIds.Subtitle
        : StyleIds.Heading(heading.Level);

    /// <summary>True when the heading belongs in the table of contents.</summary>
    public static bool InContents(HeadingBlock heading) => StyleFor(heading).StartsWith("Heading", StringComparison.Ordinal);

    /// <inheritdoc/>
    protected override void Write(DocxContext context, HeadingBlock block)
    {
        var paragraph = Paragraphs.Styled(StyleFor(block));
        context.Inlines.Write(paragraph, block.Inlines);
        BaseDirection.Apply(paragraph, block.Inlines);
        paragraph.Bookmark(context, context.Anchors.Claim(block.AnchorId));
        context.Append(paragraph);
    }
}
