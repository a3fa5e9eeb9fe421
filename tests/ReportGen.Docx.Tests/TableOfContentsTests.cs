using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>The contents are a real TOC field, already filled so every viewer shows them, and rebuilt by Word.</summary>
public class TableOfContentsTests
{
    [Fact]
    public void Contents_follow_the_summary_as_a_prefilled_toc_field()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var paragraphs = docx.Body.Elements().ToList();
        var heading = docx.ParagraphsIn("TOCHeading").Single();
        var summary = docx.TablesIn("CalloutBox").First();
        Assert.True(paragraphs.IndexOf(heading) > paragraphs.IndexOf(summary), "the contents come after the summary");
        Assert.True(paragraphs.IndexOf(heading) < paragraphs.IndexOf(docx.ParagraphsIn("Heading1").First()));

        var instruction = docx.Body.Descendants<FieldCode>().First().Text;
        Assert.StartsWith(" TOC \\o \"1-3\"", instruction);
        Assert.True(docx.Body.Descendants<FieldChar>().First().Dirty!.Value, "Word should rebuild the field");
        Assert.True(docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void Each_heading_has_an_entry_linked_to_its_bookmark()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var entries = docx.Body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true
                && p.ParagraphProperties.ParagraphStyleId.Val.Value != "TOCHeading")
            .ToList();
        var headings = docx.Body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(headings.Select(DocxFile.TextOf), entries.Select(DocxFile.TextOf));
        for (var i = 0; i < entries.Count; i++)
        {
            var level = headings[i].ParagraphProperties!.ParagraphStyleId!.Val!.Value![^1];
            Assert.Equal("TOC" + level, entries[i].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(headings[i].Elements<BookmarkStart>().Single().Name!.Value, entries[i].Descendants<Hyperlink>().Single().Anchor!.Value);
        }
        // The field ends after the last entry, so Word replaces exactly the entries.
        Assert.Equal(FieldCharValues.End, entries[^1].Elements<Run>().Last().GetFirstChild<FieldChar>()!.FieldCharType!.Value);
    }

    [Fact]
    public void Shallowest_heading_level_becomes_toc_1()
    {
        var document = PostmortemFixture.Create();
        var blocks = document.Blocks.Where(b => b is not Document.TableOfContentsBlock)
            .Select(b => b is Document.HeadingBlock { Level: < 3 } h ? h with { Level = h.Level + 1 } : b).ToList();
        using var docx = DocxFile.Write(document with { Blocks = PostmortemFixture.WithContents(blocks, after: 2) });
        var styles = docx.Body.Elements<Paragraph>().Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Where(s => s is "TOC1" or "TOC2" or "TOC3").ToList();
        Assert.Equal("TOC1", styles[0]);
        Assert.Contains("TOC2", styles);
    }

    [Fact]
    public void No_contents_when_the_layout_asks_for_none()
    {
        var document = PostmortemFixture.Create();
        using var docx = DocxFile.Write(document with { Blocks = document.Blocks.Where(b => b is not Document.TableOfContentsBlock).ToList() });
        Assert.Empty(docx.ParagraphsIn("TOCHeading"));
        Assert.Empty(docx.Body.Descendants<FieldCode>());
    }
}
