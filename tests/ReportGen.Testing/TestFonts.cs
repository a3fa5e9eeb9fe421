namespace ReportGen.Testing;

/// <summary>The font kept in this project for font-fallback tests (Fonts/, CC0): it covers only the Powerline
/// arrows U+E0B0..U+E0B3, which no shipped font has, so it stands in for "a user's font" on any machine.</summary>
public static class TestFonts
{
    /// <summary>The folder holding the test font and its licence.</summary>
    public static string Folder => RepoPaths.Under("tests", "ReportGen.Testing", "Fonts");

    /// <summary>The font file.</summary>
    public static string Glyphs => Path.Combine(Folder, "ReportGenTestGlyphs-Regular.ttf");

    /// <summary>Its PostScript name, which a PDF that embeds it names (as <c>ABCDEF+name</c>).</summary>
    public const string GlyphsPostScriptName = "ReportGenTestGlyphs-Regular";

    /// <summary>U+E0B0 (a Powerline arrow): in the test font, in no shipped font.</summary>
    public const int Arrow = 0xE0B0;
}
