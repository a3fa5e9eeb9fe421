using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests.Text;

/// <summary>Which shipped font each character goes to: the same answer for the PDF and the .docx, from the text and
/// the document's language only.</summary>
public sealed class ScriptFontsTests : IDisposable
{
    private readonly FontLibrary _fonts = new([], []);

    public void Dispose() => _fonts.Dispose();

    private static FallbackScript At(string text, string target, string? language = "en-US") =>
        ScriptFonts.Classify(text, text.IndexOf(target, StringComparison.Ordinal), language);

    [Theory]
    [InlineData("Commander 王伟 joined", "王", "en-US", FallbackScript.SimplifiedChinese)] // Han alone: Chinese forms
    [InlineData("田中さんが確認しました", "田", "en-US", FallbackScript.Japanese)] // kana in the same sentence
    [InlineData("서울 大學校 데이터센터", "大", "en-US", FallbackScript.Korean)] // Hangul in the same text
    [InlineData("Commander 王伟 joined", "王", "ja-JP", FallbackScript.Japanese)] // the document's language decides
    [InlineData("Commander 王伟 joined", "王", "ko", FallbackScript.Korean)]
    [InlineData("Commander 王伟 joined", "王", "zh-Hant-TW", FallbackScript.SimplifiedChinese)]
    [InlineData("Tokyo (東京) and Seoul (서울)", "東", "en-US", FallbackScript.SimplifiedChinese)] // Latin ends the context
    [InlineData("「接続が安全ではありません」; 한국어", "」", "en-US", FallbackScript.Japanese)]
    [InlineData("ログイン", "ロ", "ko", FallbackScript.Japanese)] // kana is always Japanese
    [InlineData("김민준", "김", "ja", FallbackScript.Korean)] // Hangul is always Korean
    [InlineData("ليلى حداد", "ل", null, FallbackScript.Arabic)]
    [InlineData("נועה לוי", "נ", null, FallbackScript.Hebrew)]
    [InlineData("สมชาย", "ส", null, FallbackScript.Thai)]
    [InlineData("प्रिया", "प", null, FallbackScript.Devanagari)]
    [InlineData("done ✅", "✅", null, FallbackScript.Emoji)] // emoji presentation by default
    [InlineData("hot 🔥", "🔥", null, FallbackScript.Emoji)]
    [InlineData("ok ✔ fine", "✔", null, FallbackScript.None)] // a text symbol...
    [InlineData("ok ✔\uFE0F fine", "✔", null, FallbackScript.Emoji)] // ...unless U+FE0F asks for emoji
    [InlineData("time ⌚\uFE0E now", "⌚", null, FallbackScript.None)] // and U+FE0E for text
    [InlineData("Maya Chen", "M", null, FallbackScript.None)]
    public void A_character_goes_to_the_font_of_its_script(string text, string target, string? language, FallbackScript expected) =>
        Assert.Equal(expected, At(text, target, language));

    [Fact]
    public void Han_context_is_bounded_so_a_long_paragraph_stays_linear()
    {
        // Kana 40 characters away does not count; 10 away does.
        var far = new string('漢', 40) + "です";
        var near = new string('漢', 10) + "です";
        Assert.Equal(FallbackScript.SimplifiedChinese, ScriptFonts.Classify(far, 0, null));
        Assert.Equal(FallbackScript.Japanese, ScriptFonts.Classify(near, 0, null));
    }

    [Fact]
    public void Runs_cover_the_text_keep_names_whole_and_keep_joined_emoji_together()
    {
        const string text = "By 田中 太郎 and 👍🏽 or 👨‍👩‍👧 (ليلى حداد).";
        var runs = ScriptFonts.Runs(text, "en-US").ToList();

        Assert.Equal(text, string.Concat(runs.Select(r => text.Substring(r.Start, r.Length))));
        Assert.Contains(runs, r => text.Substring(r.Start, r.Length) == "田中 太郎" && r.Script == FallbackScript.SimplifiedChinese);
        Assert.Contains(runs, r => text.Substring(r.Start, r.Length) == "👍🏽" && r.Script == FallbackScript.Emoji);
        Assert.Contains(runs, r => text.Substring(r.Start, r.Length) == "👨‍👩‍👧" && r.Script == FallbackScript.Emoji);
        Assert.Contains(runs, r => text.Substring(r.Start, r.Length) == "ليلى حداد" && r.Script == FallbackScript.Arabic);
        Assert.Equal(FallbackScript.None, runs[0].Script);
    }

    [Theory]
    [InlineData("王", "en-US", "NotoSansSC-Regular")]
    [InlineData("王", "ja-JP", "NotoSansJP-Regular")]
    [InlineData("王", "ko-KR", "NotoSansKR-Regular")]
    [InlineData("さ", "en-US", "NotoSansJP-Regular")]
    [InlineData("김", "en-US", "NotoSansKR-Regular")]
    [InlineData("ل", "en-US", "NotoSansArabic-Regular")]
    [InlineData("נ", "en-US", "NotoSansHebrew-Regular")] // Liberation Sans has Hebrew, but the script's font comes first
    [InlineData("ส", "en-US", "NotoSansThai-Regular")]
    [InlineData("प", "en-US", "NotoSansDevanagari-Regular")]
    [InlineData("🔥", "en-US", "NotoEmoji-Regular")]
    [InlineData("✔", "en-US", "DejaVuSans")] // a text symbol: DejaVu Sans before the emoji font
    [InlineData("é", "en-US", "LiberationSans-Regular")]
    public void The_pdf_draws_each_script_with_its_shipped_font(string character, string language, string face) =>
        Assert.Equal(face, _fonts.ForLanguage(language).Resolve(FontRole.Regular, character, 0)?.Name);

    [Fact]
    public void An_emoji_variation_selector_puts_a_text_symbol_in_the_emoji_font()
    {
        Assert.Equal("NotoEmoji-Regular", _fonts.Resolve(FontRole.Regular, "✔\uFE0F", 0)?.Name);
        Assert.Equal("NotoEmoji-Regular", _fonts.Resolve(FontRole.Regular, "1\uFE0F\u20E3", 0)?.Name); // keycap one
    }
}
