namespace ReportGen.Document;

/// <summary>A writing system that has its own shipped font (the PDF writer embeds it; the .docx names it), or
/// <see cref="None"/> for text the body font and the general fallbacks draw.</summary>
public enum FallbackScript
{
    /// <summary>Latin and everything else without a dedicated font.</summary>
    None,
    /// <summary>Pictographs with emoji presentation, or any character followed by U+FE0F.</summary>
    Emoji,
    /// <summary>Arabic letters, digits and presentation forms.</summary>
    Arabic,
    /// <summary>Hebrew letters, points and presentation forms.</summary>
    Hebrew,
    /// <summary>Thai.</summary>
    Thai,
    /// <summary>Devanagari (Hindi, Marathi, Nepali, ...).</summary>
    Devanagari,
    /// <summary>Kana, and Han characters in Japanese text.</summary>
    Japanese,
    /// <summary>Han characters in Chinese text, and in text with no Japanese or Korean context.</summary>
    SimplifiedChinese,
    /// <summary>Hangul, and Han characters in Korean text.</summary>
    Korean,
}

/// <summary>Which shipped font a character belongs to. Both writers ask the same question, so a run the PDF draws in
/// Noto Sans JP is the run the .docx names Noto Sans JP. Stateless and thread-safe; the answer depends only on the
/// text around the character and the document's language, never on the machine.</summary>
public static class ScriptFonts
{
    /// <summary>How far (UTF-16 units, each way, within unbroken CJK text) a Han character looks for kana or Hangul to
    /// tell Japanese or Korean text from Chinese. Bounded so that classifying a long CJK paragraph stays linear.</summary>
    public const int HanContextWindow = 16;

    /// <summary>The family name of the shipped font for a script (null for <see cref="FallbackScript.None"/>).</summary>
    public static string? Family(FallbackScript script) => script switch
    {
        FallbackScript.Emoji => "Noto Emoji",
        FallbackScript.Arabic => "Noto Sans Arabic",
        FallbackScript.Hebrew => "Noto Sans Hebrew",
        FallbackScript.Thai => "Noto Sans Thai",
        FallbackScript.Devanagari => "Noto Sans Devanagari",
        FallbackScript.Japanese => "Noto Sans JP",
        FallbackScript.SimplifiedChinese => "Noto Sans SC",
        FallbackScript.Korean => "Noto Sans KR",
        _ => null,
    };

    /// <summary>True for the three East Asian scripts (Word and LibreOffice draw them with the East Asian font).</summary>
    public static bool IsEastAsian(FallbackScript script) =>
        script is FallbackScript.Japanese or FallbackScript.SimplifiedChinese or FallbackScript.Korean;

    /// <summary>The BCP 47 tag of an East Asian script (for the .docx's <c>w:lang w:eastAsia</c>), else null.</summary>
    public static string? EastAsianLanguage(FallbackScript script) => script switch
    {
        FallbackScript.Japanese => "ja-JP",
        FallbackScript.SimplifiedChinese => "zh-CN",
        FallbackScript.Korean => "ko-KR",
        _ => null,
    };

    /// <summary>The script of the character starting at <paramref name="index"/> (a rune start) in
    /// <paramref name="text"/>, for a document in <paramref name="language"/> (BCP 47). Han characters and CJK
    /// punctuation take the document's language when it is Japanese, Korean or Chinese; otherwise kana or Hangul in
    /// the same stretch of CJK text (<see cref="HanContextWindow"/>) make them Japanese or Korean, and Simplified
    /// Chinese is the default
    /// (its font has the most Han characters: all of GB 2312 and JIS X 0208).</summary>
    public static FallbackScript Classify(ReadOnlySpan<char> text, int index, string? language)
    {
        var codePoint = CodePointAt(text, index, out var length);
        if (index + length < text.Length && text[index + length] == '\uFE0F')
            return FallbackScript.Emoji; // emoji presentation asked for explicitly
        if (codePoint < 0x0590)
            return FallbackScript.None;
        switch (ScriptRanges.Of(codePoint))
        {
            case CharacterScript.Han:
                return HanScript(text, index, language);
            case CharacterScript.Emoji:
                // U+FE0E asks for text presentation explicitly.
                return index + length < text.Length && text[index + length] == '\uFE0E' ? FallbackScript.None : FallbackScript.Emoji;
            case CharacterScript.Arabic:
                return FallbackScript.Arabic;
            case CharacterScript.Hebrew:
                return FallbackScript.Hebrew;
            case CharacterScript.Thai:
                return FallbackScript.Thai;
            case CharacterScript.Devanagari:
                return FallbackScript.Devanagari;
            case CharacterScript.Kana:
                return FallbackScript.Japanese;
            case CharacterScript.Hangul:
                return FallbackScript.Korean;
            default:
                return FallbackScript.None;
        }
    }

    /// <summary>True when some character of <paramref name="text"/> belongs to a script with its own font (so
    /// <see cref="Runs"/> has more than one plain run to give); false for most text, without allocating.</summary>
    public static bool HasFallbackScript(ReadOnlySpan<char> text, string? language)
    {
        var start = text.IndexOfAnyExceptInRange('\0', '\u058F');
        if (start < 0)
            return false;
        for (var i = Math.Max(0, start - 1); i < text.Length; i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1)
            if (Classify(text, i, language) != FallbackScript.None)
                return true;
        return false;
    }

    /// <summary>Splits <paramref name="text"/> into runs of one script, in order and covering every character.
    /// Joiners, variation selectors and combining marks stay with the character before them, and spaces between two
    /// runs of the same script join them (a name like "田中 太郎" is one run).</summary>
    public static IEnumerable<(int Start, int Length, FallbackScript Script)> Runs(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<(int Start, int Length, FallbackScript Script)>();
        for (var i = 0; i < text.Length;)
        {
            CodePointAt(text, i, out var length);
            var script = runs.Count > 0 && IsAttached(text, i) ? runs[^1].Script : Classify(text, i, language);
            if (runs.Count > 0 && runs[^1].Script == script)
                runs[^1] = (runs[^1].Start, runs[^1].Length + length, script);
            else
                runs.Add((i, length, script));
            i += length;
        }
        // A run of spaces between two runs of the same script joins them.
        for (var r = runs.Count - 2; r >= 1; r--)
        {
            var (start, length, script) = runs[r];
            if (script == FallbackScript.None && runs[r - 1].Script == runs[r + 1].Script
                && text.AsSpan(start, length).Trim(' ').IsEmpty)
            {
                runs[r - 1] = (runs[r - 1].Start, runs[r - 1].Length + length + runs[r + 1].Length, runs[r - 1].Script);
                runs.RemoveRange(r, 2);
                r--;
            }
        }
        return runs;
    }

    /// <summary>Zero-width joiners, variation selectors, combining marks and emoji modifiers belong to the character
    /// before them.</summary>
    private static bool IsAttached(string text, int index)
    {
        var codePoint = CodePointAt(text, index, out _);
        return codePoint is 0x200C or 0x200D or >= 0xFE00 and <= 0xFE0F or >= 0x1F3FB and <= 0x1F3FF
            or >= 0xE0020 and <= 0xE007F or 0x20E3
            || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codePoint) is
                System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark;
    }

    private static FallbackScript HanScript(ReadOnlySpan<char> text, int index, string? language)
    {
        if (LanguageScript(language) is { } fromLanguage)
            return fromLanguage;
        // Count kana and Hangul in the CJK text around the character (spaces included, so "田中 さん" counts), up to
        // the window each way; anything else (Latin, brackets, semicolons) ends the context.
        int kana = 0, hangul = 0;
        for (var i = index - 1; i >= Math.Max(0, index - HanContextWindow) && Count(text[i], ref kana, ref hangul); i--) { }
        for (var i = index + 1; i < Math.Min(text.Length, index + HanContextWindow + 1) && Count(text[i], ref kana, ref hangul); i++) { }
        return kana > hangul ? FallbackScript.Japanese
            : hangul > kana ? FallbackScript.Korean
            : FallbackScript.SimplifiedChinese;
    }

    /// <summary>Counts a kana or Hangul character; false when <paramref name="c"/> is not part of CJK text.</summary>
    private static bool Count(char c, ref int kana, ref int hangul)
    {
        if (c == ' ' || char.IsSurrogate(c))
            return true; // supplementary Han (and a space between names) continue the text
        switch (ScriptRanges.Of(c))
        {
            case CharacterScript.Kana:
                kana++;
                return true;
            case CharacterScript.Hangul:
                hangul++;
                return true;
            case CharacterScript.Han:
                return true;
            default:
                return false;
        }
    }

    /// <summary>The CJK script a BCP 47 tag asks for: ja → Japanese, ko → Korean, zh (any region or script) →
    /// Simplified Chinese (the Chinese font shipped); null for other languages.</summary>
    public static FallbackScript? LanguageScript(string? language)
    {
        if (string.IsNullOrEmpty(language))
            return null;
        var primary = language.AsSpan();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0)
            primary = primary[..dash];
        if (primary.Equals("ja", StringComparison.OrdinalIgnoreCase))
            return FallbackScript.Japanese;
        if (primary.Equals("ko", StringComparison.OrdinalIgnoreCase))
            return FallbackScript.Korean;
        if (primary.Equals("zh", StringComparison.OrdinalIgnoreCase))
            return FallbackScript.SimplifiedChinese;
        return null;
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int index, out int length)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }
        length = 1;
        return text[index];
    }
}
