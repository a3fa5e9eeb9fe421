using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests;

/// <summary>The .docx keeps together what the PDF keeps together (<see cref="KeepWithNext"/>): a heading's short intro
/// carries keepNext when another heading follows it, so Word and LibreOffice never end a page with "## Action items" and
/// its one sentence while "### Overdue" starts overleaf; a run-in bold heading stays with its list.</summary>
public class KeepWithNextTests
{
    private static readonly string LongIntro = string.Concat(Enumerable.Repeat("A section's own text, long enough to end a page. ", 8));

    private static Block[] Blocks() =>
    [
        new HeadingBlock(2, [T("Action items")], "action-items"),
        new ParagraphBlock([T("Six items, two overdue.")]),
        new HeadingBlock(3, [T("Overdue")], "overdue"),
        new ParagraphBlock([T("Body under the subheading.")]),
        new ParagraphBlock([T("A paragraph between paragraphs.")]),
        new HeadingBlock(2, [T("Lessons")], "lessons"),
        new ParagraphBlock([T(LongIntro)]),
        new HeadingBlock(3, [T("What went well")], "what-went-well"),
        new ParagraphBlock([new StrongInline([T("Testing")])]),
        new ParagraphBlock([T("The last paragraph, before nothing.")]),
    ];

    [Fact]
    public void Keep_next_is_on_the_short_intro_before_a_subheading_and_on_a_run_in_heading_only()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Blocks = Blocks() });
        var kept = docx.Body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId is null && DocxFile.TextOf(p).Length > 0)
            .Where(p => p.ParagraphProperties?.KeepNext is not null)
            .Select(DocxFile.TextOf);
        Assert.Equal(["Six items, two overdue.", "Testing"], kept);
        // The headings carry it through their styles, so the chain runs heading -> intro -> subheading -> its text.
        var heading2 = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2");
        Assert.NotNull(heading2.StyleParagraphProperties!.KeepNext);
    }

    [Fact]
    public void An_intro_is_kept_only_up_to_the_length_the_pdf_keeps()
    {
        var atLimit = new string('x', KeepWithNext.MaxIntroLength);
        Block[] Around(string intro) => [new HeadingBlock(2, [T("H")], "h"), new ParagraphBlock([T(intro)]), new HeadingBlock(3, [T("S")], "s")];
        using var kept = DocxFile.Write(PostmortemFixture.Create() with { Blocks = Around(atLimit) });
        using var notKept = DocxFile.Write(PostmortemFixture.Create() with { Blocks = Around(atLimit + "x") });
        Assert.NotNull(kept.Body.Elements<Paragraph>().Single(p => DocxFile.TextOf(p) == atLimit).ParagraphProperties?.KeepNext);
        Assert.Null(notKept.Body.Elements<Paragraph>().Single(p => DocxFile.TextOf(p) == atLimit + "x").ParagraphProperties?.KeepNext);
    }
}
