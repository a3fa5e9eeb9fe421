using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>PDF/A-2 level A (ISO 19005-2 §6.2.11.7.3): a character mapped to a Private Use Area code point needs an
/// /ActualText. The fonts' ToUnicode maps, read from the file as qpdf decompresses it, map no code to a PUA code point
/// (glyphs that carry no text, such as a letter's extra glyphs or a .notdef box, are outlines, not codes), unless the
/// user typed one.</summary>
public partial class ToUnicodeTargetsTests
{
    public static TheoryData<string> Cases => TaggingCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_code_maps_to_a_private_use_code_point(string name)
    {
        var targets = Targets(TaggingCases.Pdf(name));
        Assert.NotEmpty(targets);
        var pua = targets.Where(IsPrivateUse).Select(cp => cp.ToString("X4", CultureInfo.InvariantCulture)).ToList();
        Assert.True(pua.Count == 0, $"{name}: ToUnicode maps codes to private use code points {string.Join(", ", pua)}");
    }

    /// <summary>A Private Use Area character the user typed (a Powerline arrow) stays in the text, in a font of theirs
    /// or, with no font for it, on an invisible glyph; either way its glyph is shown inside an /ActualText span, which is
    /// what §6.2.11.7.3 asks of it.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_private_use_character_the_user_typed_is_mapped_and_has_actual_text(bool withFont)
    {
        using var writer = new PdfWriter(new PdfWriterOptions
        {
            FontDirectories = withFont ? [TestFonts.Folder] : [], SystemFontDirectories = [],
        });
        var arrow = char.ConvertFromUtf32(TestFonts.Arrow);
        var document = ReportFixtures.Typical(draft: false) with { Blocks = [Md.P($"branch {arrow} main")] };
        using var stream = new MemoryStream();
        writer.Write(document, stream);
        var pdf = stream.ToArray();

        Assert.Equal([TestFonts.Arrow], Targets(pdf).Where(IsPrivateUse).Distinct());
        var qdf = Encoding.Latin1.GetString(PdfTools.Rewrite(pdf, "--qdf", "--object-streams=disable"));
        var span = Assert.Single(ActualTextSpan().Matches(qdf));
        Assert.Equal("FEFF" + TestFonts.Arrow.ToString("X4", CultureInfo.InvariantCulture), span.Groups["text"].Value, ignoreCase: true);
        Assert.Equal(withFont, PdfTools.Fonts(pdf).Contains(TestFonts.GlyphsPostScriptName, StringComparison.Ordinal));
    }

    /// <summary>Every code point a ToUnicode map of <paramref name="pdf"/> maps a code to (bfchar and bfrange entries).</summary>
    internal static List<int> Targets(byte[] pdf)
    {
        var qdf = Encoding.Latin1.GetString(PdfTools.Rewrite(pdf, "--qdf", "--object-streams=disable", "--decode-level=generalized"));
        var targets = new List<int>();
        var maps = 0;
        foreach (Match block in Block().Matches(qdf))
        {
            maps++;
            var range = block.Groups["kind"].Value == "bfrange";
            foreach (var line in block.Groups["entries"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var hexes = Hex().Matches(line).Select(m => m.Groups[1].Value).ToList();
                if (!range)
                    targets.AddRange(CodePoints(hexes[1])); // <code> <text>
                else if (line.Contains('['))
                    targets.AddRange(hexes.Skip(2).SelectMany(CodePoints)); // <lo> <hi> [<text> ...]
                else
                {
                    // <lo> <hi> <text>: the last UTF-16 unit counts up from the text's.
                    int lo = Convert.ToInt32(hexes[0], 16), hi = Convert.ToInt32(hexes[1], 16);
                    var start = CodePoints(hexes[2])[^1];
                    targets.AddRange(Enumerable.Range(start, hi - lo + 1));
                }
            }
        }
        Assert.True(maps > 0, "the file has no ToUnicode map");
        return targets;
    }

    private static List<int> CodePoints(string hex)
    {
        var units = Enumerable.Range(0, hex.Length / 4).Select(i => (char)Convert.ToInt32(hex.Substring(i * 4, 4), 16)).ToArray();
        var text = new string(units);
        var result = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsSurrogatePair(text, i);
            result.Add(pair ? char.ConvertToUtf32(text, i) : text[i]);
            if (pair)
                i++;
        }
        return result;
    }

    internal static bool IsPrivateUse(int codePoint) =>
        codePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000 and <= 0xFFFFD or >= 0x100000 and <= 0x10FFFD;

    [GeneratedRegex(@"\d+ begin(?<kind>bfchar|bfrange)(?<entries>.*?)end\k<kind>", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>An /ActualText span holding one text-showing operation.</summary>
    [GeneratedRegex(@"/Span\s*<<\s*/ActualText\s*<(?<text>[0-9A-Fa-f]+)>\s*>>\s*BDC\s+(?:(?!EMC|BDC).)*?\]\s*TJ\s+(?:\d+ Tr\s+)?EMC", RegexOptions.Singleline)]
    private static partial Regex ActualTextSpan();

    [GeneratedRegex("<([0-9A-Fa-f]*)>")]
    private static partial Regex Hex();
}
