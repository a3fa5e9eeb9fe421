using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using static ReportGen.Docx.Styles.StyleFactory;

namespace ReportGen.Docx.Styles;

/// <summary>Builds the styles part content: document defaults from the theme, then every named style. With a
/// reference template, its styles win and ours only fill the ids it lacks.</summary>
internal static class StyleSheet
{
    /// <summary>The complete <c>w:styles</c> element.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Styles Create(Theme theme, string language, double textWidth,
        DocumentFormat.OpenXml.Wordprocessing.Styles? reference)
    {
        var ours = ParagraphStyles.Create(theme, textWidth).Concat(TableStyles.Create(theme)).ToList();
        if (reference is null)
        {
            var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(Defaults(theme, language));
            styles.Append(ours);
            return styles;
        }

        var merged = (DocumentFormat.OpenXml.Wordprocessing.Styles)reference.CloneNode(true);
        var present = merged.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var style in ours)
        {
            if (present.Contains(style.StyleId!.Value!))
                continue;
            style.Default = null; // the template already names its defaults
            merged.Append(style);
        }
        return merged;
    }

    private static DocDefaults Defaults(Theme theme, string language)
    {
        var run = new RunPropertiesBaseStyle
        {
            RunFonts = Fonts(theme.DocxFonts.Body),
            FontSize = new FontSize { Val = Units.HalfPoints(theme.Sizes.Body) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(theme.Sizes.Body) },
            Languages = new Languages { Val = language, EastAsia = "zh-CN", Bidi = "ar-SA" },
        };
        var paragraph = new ParagraphPropertiesBaseStyle { SpacingBetweenLines = Spacing(0, theme.Spacing.Paragraph) };
        return new DocDefaults(new RunPropertiesDefault(run), new ParagraphPropertiesDefault(paragraph));
    }
}
