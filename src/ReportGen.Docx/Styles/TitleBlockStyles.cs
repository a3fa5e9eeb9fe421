using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using static ReportGen.Docx.Styles.StyleFactory;

namespace ReportGen.Docx.Styles;

/// <summary>The styles of the title block: kicker, title (outline level 1, the document's first heading), subtitle and the badges line whose accent rule closes the
/// block, with the theme's sizes and colours (as the PDF draws them).</summary>
internal static class TitleBlockStyles
{
    /// <summary>Title Kicker, Title, Subtitle, Title Badges.</summary>
    public static IEnumerable<Style> Create(Theme theme)
    {
        var f = theme.DocxFonts;
        var s = theme.Sizes;
        var c = theme.Colors;
        yield return Paragraph(StyleIds.TitleKicker, "Title Kicker", StyleIds.Normal,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, 4, 1.0) },
            Run(f.Heading, s.Small, c.Accent, bold: true), StyleIds.Title, 10);
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = Spacing(0, 8, 1.0),
                ContextualSpacing = new ContextualSpacing(),
                // The title is the document's level-1 heading (the PDF tags it H1): Word's navigation pane, screen
                // readers and LibreOffice's tagged export read outline level 1, and the body's headings follow it
                // without a skipped level. The contents field lists levels 2 and below, so it stays out of the contents.
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            Run(f.Heading, s.Title, c.Heading, bold: true), StyleIds.Subtitle);
        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, 8) },
            Run(f.Heading, s.Heading3, c.Muted), StyleIds.Normal);
        yield return Paragraph(StyleIds.TitleBadges, "Title Badges", StyleIds.Normal,
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(c.Accent, 1.5, 10) },
                SpacingBetweenLines = Spacing(2, 12, 1.15),
            },
            Run(f.Heading, s.Small), StyleIds.Normal, 10);
    }
}
