using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>Checks on finished PDF bytes using poppler's tools.</summary>
internal static class PdfAssert
{
    public static void FontsEmbeddedSubsetNoType3(byte[] pdf)
    {
        var lines = PdfTools.Fonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.DoesNotContain("Type 3", line);
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name type... encoding emb sub uni object id: emb and sub are the 5th and 4th from the end.
            Assert.True(columns[^5] == "yes" && columns[^4] == "yes", "font not embedded and subset: " + line);
        }
    }
}
