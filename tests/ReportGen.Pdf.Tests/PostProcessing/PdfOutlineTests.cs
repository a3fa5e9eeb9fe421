using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

public sealed class PdfOutlineTests
{
    private static readonly SKTypeface Font = SKTypeface.FromFile(SamplePdf.RegularFontPath);

    private static byte[] Pdf(int pageCount, float width = 595, float height = 842) =>
        SamplePdf.Render(Font, Font, Enumerable.Range(1, pageCount).Select(page => new[] { $"Page {page}" }).ToArray(),
            width, height);

    private static byte[] WithOutline(byte[] pdf, params OutlineItem[] items)
    {
        using var stream = new MemoryStream();
        stream.Write(pdf);
        PdfOutline.Append(stream, items);
        return stream.ToArray();
    }

    private static void AssertQpdfClean(byte[] pdf)
    {
        PdfTools.Result check = PdfTools.Check(pdf);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("No syntax or stream encoding errors found", check.Output);
        Assert.Equal("", check.Error);
    }

    [Fact]
    public void Outline_has_the_titles_nesting_and_target_pages()
    {
        byte[] pdf = WithOutline(Pdf(3),
            new OutlineItem("Summary", 1, 0, 72),
            new OutlineItem("Timeline", 1, 1, 0),
            new OutlineItem("Detection", 2, 1, 300),
            new OutlineItem("Alert fired", 3, 2, 50),
            new OutlineItem("Response", 2, 2, 400),
            new OutlineItem("Action items", 1, 2, 600));

        AssertQpdfClean(pdf);
        IReadOnlyList<QpdfBookmark> outline = QpdfOutlineReader.Outline(pdf);
        Assert.Equal(["Summary", "Timeline", "Action items"], outline.Select(item => item.Title));
        Assert.Equal([1, 2, 3], outline.Select(item => item.Page));
        Assert.Empty(outline[0].Kids);
        QpdfBookmark timeline = outline[1];
        Assert.Equal(["Detection", "Response"], timeline.Kids.Select(item => item.Title));
        Assert.Equal(("Alert fired", 3), (timeline.Kids[0].Kids.Single().Title, timeline.Kids[0].Kids.Single().Page));
        Assert.All(outline, item => Assert.True(item.Open));
        Assert.Equal(
            [("Summary", 1, 1), ("Timeline", 2, 1), ("Detection", 2, 2), ("Alert fired", 3, 3), ("Response", 3, 2), ("Action items", 3, 1)],
            PdfTools.PopplerOutline(pdf));
    }

    [Fact]
    public void Destination_top_is_converted_from_points_below_the_top_edge_to_pdf_user_space()
    {
        byte[] pdf = WithOutline(Pdf(1, width: 612, height: 792),
            new OutlineItem("Top of page", 1, 0, 0),
            new OutlineItem("Lower down", 1, 0, 100.5f),
            new OutlineItem("Past the bottom", 1, 0, 5000));

        Assert.Equal([792, 691.5, 0], QpdfOutlineReader.Outline(pdf).Select(item => item.Top));
    }

    [Fact]
    public void Catalog_opens_the_outline_panel_and_keeps_its_other_entries()
    {
        byte[] original = Pdf(1);
        Dictionary<string, string> before = QpdfOutlineReader.Catalog(original);

        Dictionary<string, string> after = QpdfOutlineReader.Catalog(WithOutline(original, new OutlineItem("Only", 1, 0, 0)));

        Assert.Equal("/UseOutlines", after["/PageMode"]);
        Assert.True(after.ContainsKey("/Outlines"));
        Assert.All(before, entry => Assert.Equal(entry.Value, after[entry.Key]));
    }

    [Fact]
    public void Named_destinations_and_links_survive_the_update()
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            SKCanvas first = document.BeginPage(595, 842);
            first.DrawLinkDestinationAnnotation(new SKRect(72, 72, 200, 90), "action-items");
            first.DrawUrlAnnotation(new SKRect(72, 100, 200, 118), "https://example.com/runbook(v2)");
            document.EndPage();
            document.BeginPage(595, 842).DrawNamedDestinationAnnotation(new SKPoint(72, 300), "action-items");
            document.EndPage();
            document.Close();
        }

        byte[] original = output.ToArray();
        byte[] pdf = WithOutline(original, new OutlineItem("Action items", 1, 1, 300));

        AssertQpdfClean(pdf);
        Dictionary<string, string> catalog = QpdfOutlineReader.Catalog(pdf);
        Assert.Equal(QpdfOutlineReader.Catalog(original)["/Dests"], catalog["/Dests"]);
        Assert.Equal((2, 542.0), QpdfOutlineReader.Outline(pdf).Select(item => (item.Page, item.Top)).Single());
    }

    [Theory]
    [InlineData("Unbalanced ) ( parentheses and \\ backslashes \\\\ (nested (deep))")]
    [InlineData("故障报告：数据库连接池耗尽")]
    [InlineData("Emoji 🔥🚒 and combining é and RTL שלום عربي")]
    [InlineData("Tab\there, <angle> brackets, #hash /slash %percent")]
    [InlineData("")]
    public void Hostile_titles_round_trip_exactly(string title)
    {
        byte[] pdf = WithOutline(Pdf(1), new OutlineItem(title, 1, 0, 0));

        AssertQpdfClean(pdf);
        Assert.Equal(title, QpdfOutlineReader.Outline(pdf).Single().Title);
    }

    [Fact]
    public void Very_long_title_round_trips()
    {
        string title = string.Concat(Enumerable.Repeat("Very long heading (part) \\ 長い ", 400));

        byte[] pdf = WithOutline(Pdf(1), new OutlineItem(title, 1, 0, 0));

        AssertQpdfClean(pdf);
        Assert.Equal(title, QpdfOutlineReader.Outline(pdf).Single().Title);
    }

    [Fact]
    public void Pages_are_found_in_order_through_a_nested_page_tree()
    {
        // Skia splits the page tree into intermediate /Pages nodes once a document has many pages.
        byte[] pdf = WithOutline(Pdf(40),
            new OutlineItem("First", 1, 0, 0), new OutlineItem("Tenth", 1, 9, 0), new OutlineItem("Thirtieth", 1, 29, 0), new OutlineItem("Last", 1, 39, 0));

        AssertQpdfClean(pdf);
        Assert.Equal([1, 10, 30, 40], QpdfOutlineReader.Outline(pdf).Select(item => item.Page));
        Assert.Contains("Page 30", PdfTools.Run("pdftotext", pdf, "-f", "30", "-l", "30", "{pdf}", "-").Output);
    }

    [Fact]
    public void Skipped_levels_still_nest_under_the_nearest_higher_heading()
    {
        byte[] pdf = WithOutline(Pdf(1),
            new OutlineItem("Starts at level two", 2, 0, 0), new OutlineItem("Chapter", 1, 0, 10), new OutlineItem("Jumps to three", 3, 0, 20));

        IReadOnlyList<QpdfBookmark> outline = QpdfOutlineReader.Outline(pdf);
        Assert.Equal(["Starts at level two", "Chapter"], outline.Select(item => item.Title));
        Assert.Equal("Jumps to three", outline[1].Kids.Single().Title);
    }

    [Fact]
    public void Update_is_appended_after_the_untouched_original_and_is_deterministic()
    {
        byte[] original = Pdf(2);
        OutlineItem[] items = [new OutlineItem("A", 1, 0, 0), new OutlineItem("B", 2, 1, 10)];

        byte[] first = WithOutline(original, items);

        Assert.Equal(original, first.Take(original.Length));
        Assert.Equal(first, WithOutline(original, items));
        Assert.Equal(first, WithOutline(Pdf(2), items));
    }

    [Fact]
    public void Empty_item_list_leaves_the_stream_untouched()
    {
        byte[] original = Pdf(1);

        Assert.Equal(original, WithOutline(original));
    }

    [Fact]
    public void Appending_twice_replaces_the_first_outline()
    {
        byte[] twice = WithOutline(WithOutline(Pdf(2), new OutlineItem("Old", 1, 0, 0)), new OutlineItem("New", 1, 1, 0));

        AssertQpdfClean(twice);
        Assert.Equal(("New", 2), QpdfOutlineReader.Outline(twice).Select(item => (item.Title, item.Page)).Single());
    }

    [Fact]
    public void Item_targeting_a_missing_page_is_rejected_naming_the_item()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WithOutline(Pdf(2), new OutlineItem("Appendix", 1, 5, 0)));

        Assert.Contains("\"Appendix\" targets page index 5, but the PDF has 2 pages", error.Message);
    }

    [Fact]
    public void Invalid_level_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => WithOutline(Pdf(1), new OutlineItem("Zero", 0, 0, 0)));
    }

    [Fact]
    public void Input_that_is_not_a_complete_pdf_gives_a_clear_error()
    {
        byte[] pdf = Pdf(1);

        var truncated = Assert.Throws<InvalidDataException>(() => WithOutline(pdf[..(pdf.Length / 2)], new OutlineItem("X", 1, 0, 0)));
        Assert.Contains("startxref", truncated.Message);
        Assert.Throws<InvalidDataException>(() => WithOutline("hello, not a pdf"u8.ToArray(), new OutlineItem("X", 1, 0, 0)));
    }

    [Fact]
    public void Pdf_with_a_cross_reference_stream_is_reported_as_unsupported()
    {
        // Skia writes a classic xref table; a file rewritten with object streams uses an xref stream instead.
        byte[] compressed = PdfTools.Rewrite(Pdf(1), "--object-streams=generate");

        var error = Assert.Throws<NotSupportedException>(() => WithOutline(compressed, new OutlineItem("X", 1, 0, 0)));
        Assert.Contains("cross-reference stream", error.Message);
    }

    [Fact]
    public void Read_only_stream_is_rejected()
    {
        using var readOnly = new MemoryStream(Pdf(1), writable: false);

        var error = Assert.Throws<ArgumentException>(() => PdfOutline.Append(readOnly, [new OutlineItem("X", 1, 0, 0)]));
        Assert.Contains("writable", error.Message);
    }
}
