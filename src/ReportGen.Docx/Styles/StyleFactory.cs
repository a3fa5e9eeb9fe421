using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Docx.Styles;

/// <summary>Small builders that keep style definitions short and their child elements in schema order.</summary>
internal static class StyleFactory
{
    /// <summary>A paragraph style shown in Word's style gallery.</summary>
    public static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph,
        StyleRunProperties? run, string? next = null, int priority = 10) =>
        Build(StyleValues.Paragraph, id, name, basedOn, next, priority, style =>
        {
            if (paragraph is not null) style.StyleParagraphProperties = paragraph;
            if (run is not null) style.StyleRunProperties = run;
        });

    /// <summary>A character style.</summary>
    public static Style Character(string id, string name, StyleRunProperties run, int priority = 20) =>
        Build(StyleValues.Character, id, name, null, null, priority, style => style.StyleRunProperties = run);

    /// <summary>Common skeleton of every style.</summary>
    public static Style Build(StyleValues type, string id, string name, string? basedOn, string? next, int priority,
        Action<Style> fill)
    {
        var style = new Style { Type = type, StyleId = id, CustomStyle = IsCustom(id) ? true : null };
        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null) style.BasedOn = new BasedOn { Val = basedOn };
        if (next is not null) style.NextParagraphStyle = new NextParagraphStyle { Val = next };
        style.UIPriority = new UIPriority { Val = priority };
        style.PrimaryStyle = new PrimaryStyle();
        fill(style);
        return style;
    }

    /// <summary>Run properties: font, size (points), colour, weight, slant; null leaves a property inherited.</summary>
    public static StyleRunProperties Run(string? font = null, double? size = null, RgbColor? color = null,
        bool bold = false, bool italic = false)
    {
        var run = new StyleRunProperties();
        if (font is not null) run.RunFonts = Fonts(font);
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript(); // Word applies w:b to Latin text only: Arabic and Hebrew too
        }
        if (italic)
        {
            run.Italic = new Italic();
            run.ItalicComplexScript = new ItalicComplexScript();
        }
        if (color is { } c) run.Color = new Color { Val = c.Hex };
        if (size is { } s)
        {
            run.FontSize = new FontSize { Val = Units.HalfPoints(s) };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(s) };
        }
        return run;
    }

    /// <summary>The same family for Latin and complex-script (Arabic, Hebrew) text. East Asian text is left to the
    /// viewer's own CJK font for the language, since Latin fonts have no CJK glyphs.</summary>
    public static RunFonts Fonts(string family) =>
        new() { Ascii = family, HighAnsi = family, ComplexScript = family };

    /// <summary>Paragraph spacing in points; line is a multiple of single spacing.</summary>
    public static SpacingBetweenLines Spacing(double before, double after, double line = 1.15) => new()
    {
        Before = Units.Twips(before).ToString(System.Globalization.CultureInfo.InvariantCulture),
        After = Units.Twips(after).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Line = ((int)Math.Round(line * 240)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Auto,
    };

    /// <summary>A single border line of a width in points.</summary>
    public static T Border<T>(RgbColor color, double width, uint space = 0) where T : BorderType, new() => new()
    {
        Val = BorderValues.Single,
        Size = Units.EighthPoints(width),
        Space = space,
        Color = color.Hex,
    };

    /// <summary>A solid fill.</summary>
    public static Shading Fill(RgbColor color) => new() { Val = ShadingPatternValues.Clear, Color = "auto", Fill = color.Hex };

    private static bool IsCustom(string id) => id is StyleIds.SourceCode or StyleIds.VerbatimChar or StyleIds.TableText
        or StyleIds.Figure or StyleIds.CalloutTitle or StyleIds.KeyFigureValue or StyleIds.KeyFigureLabel
        or StyleIds.DraftMark or StyleIds.ReportTable or StyleIds.CalloutBox or StyleIds.KeyFiguresTable
        or StyleIds.TitleKicker or StyleIds.TitleBadges;
}
