using System.Text;
using ReportGen.Document;
using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

public class PdfOutputTests
{
    private static string Text(byte[] pdf)
    {
        var result = PdfTools.Run("pdftotext", pdf, "{pdf}", "-");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    [Fact]
    public void Same_document_gives_byte_identical_pdfs_even_when_written_in_parallel()
    {
        var first = SharedWriter.Pdf(ReportFixtures.Typical());
        var parallel = new byte[4][];
        Parallel.For(0, parallel.Length, i => parallel[i] = SharedWriter.Pdf(ReportFixtures.Typical()));
        foreach (var other in parallel)
            Assert.True(first.AsSpan().SequenceEqual(other), "PDF bytes differ between runs");
    }

    [Fact]
    public void Fonts_are_embedded_and_subset_and_the_typical_report_is_small()
    {
        var pdf = SharedWriter.Pdf(ReportFixtures.Typical());
        PdfAssert.FontsEmbeddedSubsetNoType3(pdf);
        Assert.True(pdf.Length < 150_000, $"typical report is {pdf.Length / 1024} KB");
    }

    [Fact]
    public void Extracted_text_is_exactly_what_was_typed_including_ligature_pairs()
    {
        var text = Text(SharedWriter.Pdf(StressFixtures.Stress()));
        Assert.Contains("Stress: scripts, tokens and symbols — SEV-1 «fi» ffl", text.Replace("\n", " "));
        Assert.Contains("Quotes “curly” and ‘single’, dashes – and —, ellipsis…", text);
        Assert.Contains("| * _ # <tag> {{ x }} {% y %} \\ ---", text);
        var typical = Text(SharedWriter.Pdf(ReportFixtures.Typical()));
        Assert.Contains("Dana Whitfield", typical);   // "fi" is a ligature in Liberation Sans
        Assert.Contains("PagerDuty → on-call", typical);
        // Code keeps its runs of spaces (poppler's layout mode prints them; its plain mode collapses gaps).
        var layoutText = PdfTools.Text(SharedWriter.Pdf(ReportFixtures.Typical()));
        Assert.Contains("maxPoolSize: 20   # was 40; copied from values-staging.yaml by mistake", layoutText);
    }

    [Fact]
    public void Extracted_text_follows_reading_order()
    {
        var text = Text(SharedWriter.Pdf(ReportFixtures.Typical()));
        string[] order = ["INC-2041", "Checkout API returned 503s", "Severity: High", "Time to detect", "Executive summary", "Timeline",
            "Step 1:", "Step 59:", "Impact", "External", "Root cause", "Contributing factors", "Action items",
            "Alert when pool usage", "Sign-off", "Priya Raman"];
        var last = -1;
        foreach (var item in order)
        {
            var at = text.IndexOf(item, last + 1, StringComparison.Ordinal);
            Assert.True(at > last, $"'{item}' is not after the previous item in the extracted text");
            last = at;
        }
        Assert.DoesNotContain("DRAFT\n", text.Replace("DRAFT\n\n", "")); // the watermark is outlines, not text
    }

    [Fact]
    public void Metadata_comes_from_the_settings_and_never_from_the_clock()
    {
        var info = PdfTools.Run("pdfinfo", SharedWriter.Pdf(ReportFixtures.Typical()), "{pdf}").Output;
        Assert.Contains("Checkout API returned 503s after DB connection-pool exhaustion", info);
        Assert.Contains("Subject:         INC-2041", info);
        Assert.Contains("Author:          Payments SRE", info);
        Assert.Contains("Keywords:        high, draft, checkout-api", info);
        Assert.Contains("CreationDate:    Tue Mar 17 00:00:00 2026 UTC", info);
        Assert.Contains("Pages:           5", info);
    }

    [Fact]
    public void Links_become_url_annotations_and_internal_links_named_destinations()
    {
        // Annotations sit in object streams: qpdf writes them out plainly.
        var raw = Encoding.Latin1.GetString(PdfTools.Rewrite(SharedWriter.Pdf(ReportFixtures.Typical()), "--qdf", "--object-streams=disable"));
        Assert.Contains("(https://status.example.com/incidents/2041)", raw);
        Assert.Contains("/Dests", raw);
        Assert.Contains("action-a1", raw);
        Assert.Contains("/Link", raw);
    }

    [Fact]
    public void Draft_reports_get_a_watermark_and_final_ones_do_not()
    {
        static int Marks(ReportDocument d) => SharedWriter.Instance.Paginate(d).Pages
            .Sum(p => p.Commands.OfType<ReportGen.Pdf.Engine.TextCommand>().Count(t => t.Run.AsOutlines));
        var draft = ReportFixtures.Typical(draft: true);
        Assert.Equal(SharedWriter.Instance.Paginate(draft).Pages.Count, Marks(draft));
        Assert.Equal(0, Marks(ReportFixtures.Typical(draft: false)));
    }

    [Fact]
    public void Footer_says_page_n_of_m_on_every_page()
    {
        var text = Text(SharedWriter.Pdf(ReportFixtures.Typical()));
        for (var page = 1; page <= 5; page++)
            Assert.Contains($"Page {page} of 5", text);
    }

    [Fact]
    public void Png_pages_match_the_pdf_page_count_and_size()
    {
        var document = ReportFixtures.Typical();
        var pngs = SharedWriter.Instance.RenderPngPages(document, 36);
        SharedWriter.Pdf(document, out var result);
        Assert.Equal(result.Pages, pngs.Count);
        using var bitmap = SkiaSharp.SKBitmap.Decode(pngs[0]);
        Assert.Equal((int)Math.Ceiling(595.28 / 2), bitmap.Width);
        Assert.Equal((int)Math.Ceiling(841.89 / 2), bitmap.Height);
    }
}
