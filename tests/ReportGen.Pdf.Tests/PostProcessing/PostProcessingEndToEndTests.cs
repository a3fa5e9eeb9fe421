using ReportGen.Pdf.PostProcessing;
using SkiaSharp;

namespace ReportGen.Pdf.Tests.PostProcessing;

/// <summary>Both post-processing steps on one multi-font, multi-page document, as the PDF writer uses them.</summary>
public sealed class PostProcessingEndToEndTests
{
    private static readonly string[] FontPaths =
    [
        SamplePdf.RegularFontPath,
        SamplePdf.BoldFontPath,
        Path.Combine(SamplePdf.FontDirectory, "LiberationSans-Italic.ttf"),
        Path.Combine(SamplePdf.FontDirectory, "LiberationMono-Regular.ttf"),
    ];

    private static readonly string[] Paragraph =
    [
        "At 09:42 UTC p99 latency rose from 180 ms to 4.2 s; 37% of requests failed.",
        "Root cause: a config change (\"maxPool=8\") shrank the pool; see #deploy-1234.",
        "Action items: roll back, alert at 2x baseline [owner: K. Wu].",
    ];

    [Fact]
    public void Subset_fonts_and_outline_give_a_small_clean_deterministic_report()
    {
        byte[] first = RenderReport();

        Assert.Equal(first, RenderReport());
        Assert.InRange(first.Length, 1, 60_000); // whole fonts would make this about 800 KB
        PdfTools.Result check = PdfTools.Check(first);
        Assert.True(check.ExitCode == 0 && check.Error == "", check.Output + check.Error);
        string[] fonts = PdfTools.Fonts(first).Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.Equal(FontPaths.Length, fonts.Length);
        Assert.All(fonts, line => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", line));
        Assert.Equal(["Page 1 heading", "Page 2 heading", "Page 3 heading", "Page 4 heading", "Page 5 heading"],
            QpdfOutlineReader.Outline(first).Select(item => item.Title));
        string text = PdfTools.Text(first);
        Assert.All(Paragraph, line => Assert.Contains(line, text));
    }

    private static byte[] RenderReport()
    {
        SKTypeface[] fullFonts = FontPaths.Select(path => SKTypeface.FromFile(path)).ToArray();
        try
        {
            // Pass 1: which glyphs does each font draw? Pass 2: draw with one subset typeface per font.
            string[][] pageTexts = Enumerable.Range(1, 5).Select(page => Paragraph.Prepend($"Page {page} heading").ToArray()).ToArray();
            SKTypeface[] subsets = fullFonts.Select((full, index) => SKTypeface.FromData(SKData.CreateCopy(
                FontSubsetter.Subset(File.ReadAllBytes(FontPaths[index]),
                    pageTexts.SelectMany(lines => lines).SelectMany(line => SamplePdf.GlyphsFor(full, line)).ToHashSet())))).ToArray();
            SamplePdf.Line[][] pages = pageTexts.Select(lines => lines.Select((text, index) =>
                new SamplePdf.Line(text, fullFonts[index % fullFonts.Length], subsets[index % subsets.Length])).ToArray()).ToArray();

            using var pdf = new MemoryStream();
            pdf.Write(SamplePdf.Render(pages));
            PdfOutline.Append(pdf, pageTexts.Select((lines, page) => new OutlineItem(lines[0], 1, page, 60)).ToArray());
            Array.ForEach(subsets, subset => subset.Dispose());
            return pdf.ToArray();
        }
        finally
        {
            Array.ForEach(fullFonts, font => font.Dispose());
        }
    }
}
