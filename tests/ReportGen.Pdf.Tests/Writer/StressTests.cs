using ReportGen.Pdf.Tests.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

public class StressTests
{
    [Fact]
    public void Stress_document_is_a_valid_pdf_with_every_font_embedded_and_subset()
    {
        var pdf = SharedWriter.Pdf(StressFixtures.Stress());
        File.WriteAllBytes(Path.Combine(SharedWriter.ArtifactDirectory, "stress.pdf"), pdf);
        var check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        PdfAssert.FontsEmbeddedSubsetNoType3(pdf);
    }

    [Fact]
    public void Every_script_and_the_emoji_are_covered_by_the_shipped_fonts()
    {
        // Hebrew, Arabic, Greek, Cyrillic, Chinese and the emoji: no warning (the shipped Noto fonts have the
        // characters DejaVu Sans lacks; a character no shipped font has is tested in ShippedFallbackFontTests).
        SharedWriter.Pdf(StressFixtures.Stress(), out var result);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("no available font"));
    }

    [Fact]
    public void Unbreakable_tokens_wrap_inside_the_margins_and_keep_every_character()
    {
        var layout = Paginated.Of(StressFixtures.Stress());
        var geometry = layout.Geometry;
        foreach (var page in layout.Pages)
            foreach (var text in page.BodyTexts(geometry))
            {
                Assert.True(text.Bounds.X >= geometry.Left - 0.5f, $"'{text.Text}' starts left of the margin");
                Assert.True(text.Bounds.Right <= geometry.Width - geometry.Right + 0.5f,
                    $"'{text.Text}' ends at {text.Bounds.Right}, right of the margin at {geometry.Width - geometry.Right}");
            }
        var joined = string.Concat(layout.AllText().Split('\n').Select(l => l.Replace("\u21AA ", "")));
        Assert.Contains(StressFixtures.Hash, joined);
        Assert.Contains(StressFixtures.LongUrl, joined);
    }

    [Fact]
    public void Wrapped_code_lines_start_with_a_continuation_mark()
    {
        var layout = Paginated.Of(StressFixtures.Stress());
        var marks = layout.Pages.SelectMany(p => p.Texts()).Count(t => t.Text.StartsWith('\u21AA'));
        Assert.True(marks >= 2, $"expected the long regex and URL lines of the code block to wrap with a mark, saw {marks}");
        Assert.Contains(layout.Pages.SelectMany(p => p.Texts()), t => t.Text.StartsWith("    indented with a tab"));
    }

    [Fact]
    public void Right_to_left_words_are_drawn_right_to_left()
    {
        var layout = Paginated.Of(StressFixtures.Stress());
        var runs = layout.Pages.SelectMany(p => p.Texts()).Select(t => t.Run).ToList();
        // In a right-to-left phrase the first word sits to the right of the second.
        Assert.True(MeanX(runs, "שלום") > MeanX(runs, "עולם"), "Hebrew words are in left-to-right order");
        Assert.True(MeanX(runs, "مرحبا") > MeanX(runs, "بالعالم"), "Arabic words are in left-to-right order");
    }

    private static float MeanX(List<ReportGen.Pdf.Engine.GlyphRun> runs, string word)
    {
        var run = runs.Single(r => System.Text.Encoding.UTF8.GetString(r.Utf8).Contains(word));
        var text = System.Text.Encoding.UTF8.GetString(run.Utf8);
        var start = (uint)System.Text.Encoding.UTF8.GetByteCount(text[..text.IndexOf(word, StringComparison.Ordinal)]);
        var end = start + (uint)System.Text.Encoding.UTF8.GetByteCount(word);
        var xs = run.X.Where((_, i) => run.Clusters[i] >= start && run.Clusters[i] < end).ToList();
        Assert.NotEmpty(xs);
        return xs.Average();
    }
}
