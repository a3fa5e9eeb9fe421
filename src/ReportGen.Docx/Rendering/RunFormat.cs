using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering;

/// <summary>The character formatting in force while inlines are written: emphasis nesting, code, links, a colour
/// imposed by the container, a badge tone (<see cref="BadgeOf"/>), and the script of the run's text
/// (<see cref="ScriptFonts"/>).</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Code = false, bool Link = false,
    string? ColorHex = null, string? SizeHalfPoints = null, FallbackScript Script = FallbackScript.None, Tone? Badge = null)
{
    /// <summary>The .docx form of the PDF's pill (title block badges, toned table cells, sign-off decisions): bold text in
    /// the tone's text colour on runs shaded in its fill, the shading hugging the text. No border of the fill's colour to
    /// pad it: LibreOffice (7.4) shades a badge written as one run only as wide as its text but starts the shading at the
    /// border's outer edge, so the padding moves the fill left and leaves the last letter on the page colour (white
    /// text on white: "Critica").</summary>
    public static RunFormat BadgeOf(Tone tone) => new(Bold: true, ColorHex: tone.Text.Hex, Badge: tone);

    /// <summary>The run properties, or null when the paragraph style says it all.</summary>
    public RunProperties? ToProperties()
    {
        if (!Bold && !Italic && !Code && !Link && ColorHex is null && SizeHalfPoints is null && Script == FallbackScript.None
            && Badge is null)
            return null;
        var props = new RunProperties();
        if (Code) props.RunStyle = new RunStyle { Val = StyleIds.VerbatimChar };
        else if (Link) props.RunStyle = new RunStyle { Val = StyleIds.Hyperlink };
        if (ScriptFonts.Family(Script) is { } family)
        {
            // The font the PDF draws this text with, named for every character class, so Word and LibreOffice pick
            // it (or their closest face) whichever class they put a character in; the hint makes shared punctuation
            // inside CJK text East Asian.
            props.RunFonts = new RunFonts { Ascii = family, HighAnsi = family, EastAsia = family, ComplexScript = family };
            if (ScriptFonts.IsEastAsian(Script))
                props.RunFonts.Hint = FontTypeHintValues.EastAsia;
        }
        if (Bold) props.Bold = new Bold();
        if (Bold && Script != FallbackScript.None) props.BoldComplexScript = new BoldComplexScript(); // Arabic, Hebrew, Thai...
        if (Italic) props.Italic = new Italic();
        if (Italic && Script != FallbackScript.None) props.ItalicComplexScript = new ItalicComplexScript();
        if (ColorHex is not null) props.Color = new Color { Val = ColorHex };
        if (Badge is not null) props.Shading = StyleFactory.Fill(Badge.Fill);
        if (SizeHalfPoints is not null)
        {
            props.FontSize = new FontSize { Val = SizeHalfPoints };
            props.FontSizeComplexScript = new FontSizeComplexScript { Val = SizeHalfPoints };
        }
        if (ScriptFonts.EastAsianLanguage(Script) is { } language)
            props.Languages = new Languages { EastAsia = language };
        return props;
    }
}
