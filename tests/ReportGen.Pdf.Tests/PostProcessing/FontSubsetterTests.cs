using ReportGen.Pdf.PdfFile;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

public sealed class FontSubsetterTests
{
    // The characters a typical English postmortem uses: prose, times, ids, percentages, dashes, quotes.
    private const string TypicalReportText =
        "INC-2041 Checkout latency spike (SEV-1) — Postmortem, status: final. On 2026-03-14 at 09:42 UTC " +
        "p99 latency rose from 180 ms to 4.2 s; 37% of requests failed with HTTP 503. Root cause: a config " +
        "change (\"maxPool=8\") shrank the DB connection pool. Action items: roll back; add alerting @ 2x " +
        "baseline; review #deploy-checklist [owner: J. Quinn & K. Wu]. Impact ~ 12,400 users, $18k revenue.";

    private static readonly byte[] FullFont = File.ReadAllBytes(SamplePdf.RegularFontPath);

    [Fact]
    public void Subset_is_a_small_fraction_of_the_full_font()
    {
        using SKTypeface full = SKTypeface.FromData(SKData.CreateCopy(FullFont));
        byte[] subset = FontSubsetter.Subset(FullFont, SamplePdf.GlyphsFor(full, TypicalReportText));

        // Liberation Sans Regular is ~400 KB; the glyphs of a report are well under a tenth of that.
        Assert.InRange(subset.Length, 1_000, FullFont.Length / 10);
    }

    [Fact]
    public void Subset_keeps_glyph_ids_advances_and_outlines_of_used_glyphs_only()
    {
        using SKTypeface full = SKTypeface.FromData(SKData.CreateCopy(FullFont));
        ushort[] used = SamplePdf.GlyphsFor(full, "Postmortem fi");
        ushort unused = SamplePdf.GlyphsFor(full, "Z")[0];

        using SKTypeface subset = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(FullFont, used)));
        Assert.NotNull(subset);
        // Unhinted metrics are what shaping and Skia's PDF backend use; the subset drops hinting on purpose.
        using var fullFont = Unhinted(full);
        using var subsetFont = Unhinted(subset);

        Assert.Equal(fullFont.GetGlyphWidths(used), subsetFont.GetGlyphWidths(used));

        foreach (ushort glyph in used.Where(g => g != SamplePdf.GlyphsFor(full, " ")[0]))
        {
            using SKPath fullPath = fullFont.GetGlyphPath(glyph);
            using SKPath subsetPath = subsetFont.GetGlyphPath(glyph);
            Assert.Equal(fullPath.Bounds, subsetPath.Bounds);
        }

        using SKPath droppedPath = subsetFont.GetGlyphPath(unused);
        Assert.True(droppedPath.IsEmpty, "a glyph that was not asked for should have no outline in the subset");
    }

    private static SKFont Unhinted(SKTypeface typeface) =>
        new(typeface, 100) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };

    [Fact]
    public void Subset_keeps_the_tables_pdf_embedding_needs_and_drops_layout_and_hinting()
    {
        using SKTypeface full = SKTypeface.FromData(SKData.CreateCopy(FullFont));
        using SKTypeface subset = SKTypeface.FromData(SKData.CreateCopy(
            FontSubsetter.Subset(FullFont, SamplePdf.GlyphsFor(full, TypicalReportText))));

        string[] tables = subset.GetTableTags().Select(TagName).ToArray();

        // A CIDFontType2 program needs no cmap (ISO 32000-1 §9.9: glyphs are selected by id, and text extraction
        // reads the ToUnicode map), so the character map goes too.
        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "glyf", "loca", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post" });
        Assert.DoesNotContain("cmap", tables);
        Assert.Contains("GSUB", full.GetTableTags().Select(TagName));
        Assert.DoesNotContain("GSUB", tables);
        Assert.DoesNotContain("GPOS", tables);
        Assert.DoesNotContain("fpgm", tables);
        Assert.DoesNotContain("prep", tables);
    }

    private static string TagName(uint tag) =>
        new([(char)(tag >> 24), (char)((tag >> 16) & 0xFF), (char)((tag >> 8) & 0xFF), (char)(tag & 0xFF)]);

    [Fact]
    public void Subset_is_deterministic_and_safe_to_run_in_parallel()
    {
        using SKTypeface full = SKTypeface.FromData(SKData.CreateCopy(FullFont));
        ushort[] glyphs = SamplePdf.GlyphsFor(full, TypicalReportText);
        byte[] first = FontSubsetter.Subset(FullFont, glyphs);

        byte[][] parallel = Enumerable.Range(0, 8).AsParallel()
            .Select(_ => FontSubsetter.Subset(FullFont, glyphs)).ToArray();

        Assert.All(parallel, bytes => Assert.Equal(first, bytes));
    }

    [Fact]
    public void Empty_glyph_set_still_gives_a_loadable_font_with_notdef()
    {
        byte[] subset = FontSubsetter.Subset(FullFont, []);

        using SKTypeface typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.NotNull(typeface);
        Assert.True(typeface.GlyphCount >= 1);
    }

    [Fact]
    public void Bytes_that_are_not_a_font_are_rejected_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => FontSubsetter.Subset("not a font"u8.ToArray(), [1, 2]));
        Assert.Contains("not a TrueType/OpenType font", error.Message);
    }

    [Fact]
    public void Glyph_id_outside_the_font_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FontSubsetter.Subset(FullFont, [3, 60000]));
        Assert.Contains("60000", error.Message);
    }
}
