using ReportGen.Pdf.Tests.Fixtures;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Writer;

public class OutlineTests
{
    [Fact]
    public void Headings_become_nested_bookmarks_pointing_at_their_pages()
    {
        var pdf = SharedWriter.Pdf(ReportFixtures.Typical());
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var outline = QpdfOutlineReader.Outline(pdf);
        Assert.Equal(["Timeline", "Impact", "Root cause", "Action items", "Sign-off"], outline.Select(b => b.Title));
        var impact = outline.Single(b => b.Title == "Impact");
        Assert.Equal(["External", "Internal"], impact.Kids.Select(k => k.Title));
        Assert.Equal(1, outline[0].Page); // Timeline starts on page 1
        Assert.Equal(5, outline.Single(b => b.Title == "Sign-off").Page);
        // Destination tops are PDF user space (from the bottom): the Timeline heading sits in the upper half.
        Assert.InRange(outline[0].Top, 841.89 / 2, 841.89);
    }
}
