namespace ReportGen.Document;

/// <summary>The Unicode blocks <see cref="ScriptFonts"/> routes to a shipped font.</summary>
internal enum CharacterScript
{
    Other,
    Emoji,
    Arabic,
    Hebrew,
    Thai,
    Devanagari,
    Kana,
    Hangul,
    /// <summary>Han ideographs and the punctuation, symbols and full-width forms Chinese, Japanese and Korean share.</summary>
    Han,
}

/// <summary>Unicode block tables (Unicode 15.1) for <see cref="ScriptFonts"/>.</summary>
internal static class ScriptRanges
{
    public static CharacterScript Of(int c) => c switch
    {
        < 0x0590 => CharacterScript.Other,
        <= 0x05FF => CharacterScript.Hebrew,
        <= 0x06FF => CharacterScript.Arabic,
        >= 0x0750 and <= 0x077F or >= 0x0870 and <= 0x08FF => CharacterScript.Arabic,
        >= 0x0900 and <= 0x097F => CharacterScript.Devanagari,
        >= 0x0E00 and <= 0x0E7F => CharacterScript.Thai,
        >= 0x1100 and <= 0x11FF => CharacterScript.Hangul,
        >= 0x1CD0 and <= 0x1CFF => CharacterScript.Devanagari, // Vedic extensions
        >= 0x2000 and <= 0x2BFF => EmojiPresentation(c) ? CharacterScript.Emoji : CharacterScript.Other,
        >= 0x2E80 and <= 0x2FDF => CharacterScript.Han, // radicals
        >= 0x2FF0 and <= 0x303F => CharacterScript.Han, // ideographic description, CJK symbols and punctuation
        >= 0x3040 and <= 0x30FF => CharacterScript.Kana,
        >= 0x3100 and <= 0x312F => CharacterScript.Han, // bopomofo
        >= 0x3130 and <= 0x318F => CharacterScript.Hangul,
        >= 0x3190 and <= 0x31EF => CharacterScript.Han, // kanbun, bopomofo extended, strokes
        >= 0x31F0 and <= 0x31FF => CharacterScript.Kana,
        >= 0x3200 and <= 0x33FF => CharacterScript.Han, // enclosed CJK, CJK compatibility
        >= 0x3400 and <= 0x4DBF => CharacterScript.Han,
        >= 0x4E00 and <= 0x9FFF => CharacterScript.Han,
        >= 0xA8E0 and <= 0xA8FF => CharacterScript.Devanagari,
        >= 0xA960 and <= 0xA97F => CharacterScript.Hangul,
        >= 0xAC00 and <= 0xD7FF => CharacterScript.Hangul,
        >= 0xF900 and <= 0xFAFF => CharacterScript.Han,
        >= 0xFB1D and <= 0xFB4F => CharacterScript.Hebrew,
        >= 0xFB50 and <= 0xFDFF => CharacterScript.Arabic,
        >= 0xFE30 and <= 0xFE4F => CharacterScript.Han, // CJK compatibility forms
        >= 0xFE70 and <= 0xFEFE => CharacterScript.Arabic,
        >= 0xFF01 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 => CharacterScript.Han, // full-width forms
        >= 0xFF61 and <= 0xFF9F => CharacterScript.Kana, // half-width katakana and punctuation
        >= 0xFFA0 and <= 0xFFDC => CharacterScript.Hangul, // half-width Hangul
        >= 0x1AFF0 and <= 0x1B16F => CharacterScript.Kana, // kana supplement and extensions
        >= 0x1F000 and <= 0x1FAFF => CharacterScript.Emoji,
        >= 0x20000 and <= 0x3FFFF => CharacterScript.Han,
        _ => CharacterScript.Other,
    };

    /// <summary>The characters below U+2C00 whose default presentation is emoji (Emoji_Presentation=Yes); the other
    /// symbols there (★, ✓, ⚠) are text unless followed by U+FE0F.</summary>
    private static bool EmojiPresentation(int c) => c is
        0x231A or 0x231B or >= 0x23E9 and <= 0x23EC or 0x23F0 or 0x23F3 or 0x25FD or 0x25FE or 0x2614 or 0x2615
        or >= 0x2648 and <= 0x2653 or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB or 0x26BD or 0x26BE or 0x26C4
        or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or 0x26F2 or 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705 or 0x270A
        or 0x270B or 0x2728 or 0x274C or 0x274E or >= 0x2753 and <= 0x2755 or 0x2757 or >= 0x2795 and <= 0x2797
        or 0x27B0 or 0x27BF or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55;
}
