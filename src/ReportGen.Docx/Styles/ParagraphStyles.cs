using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using static ReportGen.Docx.Styles.StyleFactory;

namespace ReportGen.Docx.Styles;

/// <summary>The paragraph and character styles of the report, from the theme's fonts, sizes and colours.</summary>
internal static class ParagraphStyles
{
    /// <summary>Every paragraph and character style, Normal first.</summary>
    public static IEnumerable<Style> Create(Theme theme, double textWidth)
    {
        var f = theme.DocxFonts;
        var s = theme.Sizes;
        var c = theme.Colors;
        var normal = Paragraph(StyleIds.Normal, "Normal", null, null, Run(color: c.Text), priority: 0);
        normal.Default = true;
        yield return normal;

        foreach (var style in TitleBlockStyles.Create(theme))
            yield return style;

        var spacing = theme.Spacing;
        double[] sizes = [s.Heading1, s.Heading2, s.Heading3];
        for (var level = 1; level <= 3; level++)
        {
            var p = new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = Spacing(spacing.HeadingBefore(level), spacing.HeadingAfter, 1.0),
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            };
            if (level == 1)
                p.ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(c.Rule, 0.75, 3) };
            yield return Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, p,
                Run(f.Heading, sizes[level - 1], c.Heading, bold: true), StyleIds.Normal, 9);
        }

        yield return Paragraph(StyleIds.ListBullet, "List Bullet", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, spacing.ListItem), ContextualSpacing = new ContextualSpacing() }, null);
        yield return Paragraph(StyleIds.ListNumber, "List Number", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, spacing.ListItem), ContextualSpacing = new ContextualSpacing() }, null);
        yield return Paragraph(StyleIds.ListContinue, "List Continue", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, spacing.ListItem), Indentation = new Indentation { Left = "360" } }, null);

        yield return Paragraph(StyleIds.SourceCode, "Source Code", StyleIds.Normal,
            new StyleParagraphProperties
            {
                KeepLines = new KeepLines(),
                ParagraphBorders = new ParagraphBorders
                {
                    TopBorder = Border<TopBorder>(c.Rule, 0.5, 4),
                    LeftBorder = Border<LeftBorder>(c.Rule, 0.5, 4),
                    BottomBorder = Border<BottomBorder>(c.Rule, 0.5, 4),
                    RightBorder = Border<RightBorder>(c.Rule, 0.5, 4),
                },
                Shading = Fill(c.CodeBackground),
                SpacingBetweenLines = Spacing(0, 0, 1.0),
                Indentation = new Indentation { Left = "100", Right = "100" },
            },
            Run(f.Mono, s.Code, c.Text), priority: 30);
        yield return Character(StyleIds.VerbatimChar, "Verbatim Char", WithShading(Run(f.Mono, s.Code), c.CodeBackground));
        var link = Run(color: c.Accent);
        link.Underline = new Underline { Val = UnderlineValues.Single };
        yield return Character(StyleIds.Hyperlink, "Hyperlink", link, 99);
        yield return Character(StyleIds.DraftMark, "Draft Mark", Run(f.Heading, s.Body, c.Draft, bold: true));

        yield return Paragraph(StyleIds.Caption, "caption", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(4, 12), Justification = new Justification { Val = JustificationValues.Center } },
            Run(size: s.Small, color: c.Muted, italic: true), StyleIds.Normal, 35);
        yield return Paragraph(StyleIds.Figure, "Figure", StyleIds.Normal,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(6, 0, 1.0), Justification = new Justification { Val = JustificationValues.Center } },
            null, StyleIds.Caption, 36);
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0, 1.0) }, Run(size: s.Small), priority: 37);
        yield return Paragraph(StyleIds.CalloutTitle, "Callout Title", StyleIds.Normal,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, 3) },
            Run(f.Heading, s.Body, c.Heading, bold: true), StyleIds.Normal, 38);
        yield return Paragraph(StyleIds.KeyFigureValue, "Key Figure Value", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0, 1.0) },
            Run(f.Heading, s.Heading2, c.Heading, bold: true), StyleIds.KeyFigureLabel, 39);
        yield return Paragraph(StyleIds.KeyFigureLabel, "Key Figure Label", StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(1, 0, 1.0) },
            Run(size: s.Small, color: c.Muted), priority: 39);

        foreach (var style in HeaderFooterAndToc(theme, textWidth))
            yield return style;
    }

    private static IEnumerable<Style> HeaderFooterAndToc(Theme theme, double textWidth)
    {
        var c = theme.Colors;
        var right = Units.Twips(textWidth);
        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal,
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders { BottomBorder = Border<BottomBorder>(c.Rule, 0.5, 4) },
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = right }),
                SpacingBetweenLines = Spacing(0, 0, 1.0),
            },
            Run(size: theme.Sizes.Small, color: c.Muted), priority: 99);
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal,
            new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = right }),
                SpacingBetweenLines = Spacing(0, 0, 1.0),
            },
            Run(size: theme.Sizes.Small, color: c.Muted), priority: 99);
        yield return Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(2),
            new StyleParagraphProperties { OutlineLevel = new OutlineLevel { Val = 9 } }, null, StyleIds.Normal, 39);
        for (var level = 1; level <= 3; level++)
        {
            yield return Paragraph(StyleIds.Toc(level), "toc " + level, StyleIds.Normal,
                new StyleParagraphProperties
                {
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = right }),
                    SpacingBetweenLines = Spacing(level == 1 ? 4 : 0, 2),
                    Indentation = new Indentation { Left = ((level - 1) * 240).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                },
                level == 1 ? Run(bold: true) : null, StyleIds.Normal, 39);
        }
    }

    private static StyleRunProperties WithShading(StyleRunProperties run, RgbColor fill)
    {
        run.Shading = Fill(fill);
        return run;
    }
}
