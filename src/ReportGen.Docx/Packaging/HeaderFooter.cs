using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Rendering;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Packaging;

/// <summary>The page header (incident id and, while not final, a DRAFT mark on the left; the title on the right) and
/// footer (footer text left, "Page N of M" right from PAGE and NUMPAGES fields, then the source fingerprint's small
/// print), in the Header and Footer styles.</summary>
internal static class HeaderFooter
{
    private const string Draft = "DRAFT";
    private const double AverageCharWidth = 0.55; // of the font size, for Arial-like fonts

    /// <summary>The header content; a title too long for one line is shortened with an ellipsis, since a header
    /// that wraps pushes into the body on every page.</summary>
    public static Header CreateHeader(DocumentSettings settings, double textWidth, double fontSize, Run? watermark,
        Func<string, string> clean)
    {
        var left = clean(settings.HeaderLeft);
        var paragraph = Styled(StyleIds.Header);
        InlineWriter.AppendScriptRuns(paragraph, left, default, settings.Language);
        if (settings.IsDraft)
        {
            var mark = TextRun((left.Length > 0 ? "   " : "") + Draft);
            mark.RunProperties = new RunProperties { RunStyle = new RunStyle { Val = StyleIds.DraftMark } };
            paragraph.AppendChild(mark);
        }
        paragraph.AppendChild(new Run(new TabChar()));
        var budget = (int)(textWidth / (fontSize * AverageCharWidth)) - left.Length - (settings.IsDraft ? Draft.Length + 5 : 0) - 4;
        InlineWriter.AppendScriptRuns(paragraph, Shorten(clean(settings.HeaderRight), Math.Max(12, budget)), default, settings.Language);
        if (settings.IsDraft && watermark is not null)
            paragraph.AppendChild(watermark);
        return new Header(paragraph);
    }

    /// <summary>The text cut at a word boundary to at most <paramref name="length"/> characters, with an ellipsis.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
            return text;
        var cut = text[..(length - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > length / 2)
            cut = cut[..space];
        if (char.IsHighSurrogate(cut[^1]))
            cut = cut[..^1];
        return cut.TrimEnd(' ', ',', ';', ':', '-') + "\u2026";
    }

    /// <summary>The footer content.</summary>
    public static Footer CreateFooter(DocumentSettings settings, double fontSize, Func<string, string> clean)
    {
        var paragraph = Styled(StyleIds.Footer);
        InlineWriter.AppendScriptRuns(paragraph, clean(settings.FooterText), default, settings.Language);
        paragraph.Append(
            new Run(new TabChar()),
            TextRun("Page "),
            Field(" PAGE "),
            TextRun(" of "),
            Field(" NUMPAGES "));
        var footer = new Footer(paragraph);
        if (settings.Source is { } source)
        {
            // The small print, as in the PDF: a printed page still names the incident file it came from.
            var small = Styled(StyleIds.Footer);
            var run = TextRun(source.SmallPrint);
            run.RunProperties = new RunProperties(new FontSize { Val = SmallPrintHalfPoints(fontSize) });
            small.AppendChild(run);
            footer.AppendChild(small);
        }
        return footer;
    }

    /// <summary>The small print's size in half-points: four fifths of the footer's, as in the PDF.</summary>
    private static string SmallPrintHalfPoints(double footerSize) =>
        ((int)Math.Round(footerSize * 0.8 * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Paragraph Styled(string style) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // A simple field with a cached result of 1, so a viewer that does not compute fields still shows a number.
    private static SimpleField Field(string instruction) => new(TextRun("1")) { Instruction = instruction };
}
