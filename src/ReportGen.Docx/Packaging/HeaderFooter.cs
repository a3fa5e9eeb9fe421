using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Packaging;

/// <summary>The page header (incident id left, a DRAFT mark in the middle while not final, title right) and footer
/// (footer text left, "Page N of M" right from PAGE and NUMPAGES fields), in the Header and Footer styles.</summary>
internal static class HeaderFooter
{
    /// <summary>The header content.</summary>
    public static Header CreateHeader(DocumentSettings settings, Func<string, string> clean)
    {
        var paragraph = Styled(StyleIds.Header);
        paragraph.AppendChild(TextRun(clean(settings.HeaderLeft)));
        paragraph.AppendChild(new Run(new TabChar()));
        if (settings.IsDraft)
        {
            var mark = TextRun("DRAFT");
            mark.RunProperties = new RunProperties { RunStyle = new RunStyle { Val = StyleIds.DraftMark } };
            paragraph.AppendChild(mark);
        }
        paragraph.AppendChild(new Run(new TabChar()));
        paragraph.AppendChild(TextRun(clean(settings.HeaderRight)));
        return new Header(paragraph);
    }

    /// <summary>The footer content.</summary>
    public static Footer CreateFooter(DocumentSettings settings, Func<string, string> clean)
    {
        var paragraph = Styled(StyleIds.Footer);
        paragraph.Append(
            TextRun(clean(settings.FooterText)),
            new Run(new TabChar()),
            TextRun("Page "),
            Field(" PAGE "),
            TextRun(" of "),
            Field(" NUMPAGES "));
        return new Footer(paragraph);
    }

    private static Paragraph Styled(string style) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // A simple field with a cached result of 1, so a viewer that does not compute fields still shows a number.
    private static SimpleField Field(string instruction) => new(TextRun("1")) { Instruction = instruction };
}
