using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests;

/// <summary>Every character a user can type survives, except those XML cannot hold, which are removed with a warning.</summary>
public class CharacterTests
{
    private static DocxFile Write(params Block[] blocks) => DocxFile.Write(new ReportDocument
    {
        Settings = new DocumentSettings { Title = "t" },
        Theme = new Theme(),
        Blocks = blocks,
    });

    [Fact]
    public void Cjk_rtl_emoji_and_xml_specials_are_kept_exactly()
    {
        using var docx = Write(P(StressFixture.Hostile));
        Assert.Equal(StressFixture.Hostile, DocxFile.TextOf(docx.Body.Elements<Paragraph>().First()));
        Assert.Empty(docx.Result.Warnings);
    }

    [Fact]
    public void Paragraphs_starting_in_a_right_to_left_script_are_marked_bidi()
    {
        using var docx = Write(P("שלום עולם, version 2"), P("Version 2: مرحبا"), P("123 مرحبا"));
        var paragraphs = docx.Body.Elements<Paragraph>().ToList();
        Assert.NotNull(paragraphs[0].ParagraphProperties?.BiDi);
        Assert.Null(paragraphs[1].ParagraphProperties?.BiDi);
        Assert.NotNull(paragraphs[2].ParagraphProperties?.BiDi); // digits are weak: the first letter decides
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_removed_with_a_warning_naming_them()
    {
        using var docx = Write(new ParagraphBlock([T("bell\u0007 ok")]) { SourceLine = 12, Origin = new ReportGen.Document.SourceReference("inc.yaml", 9, 5) },
            P("fine"), new CodeBlock("a\u0001b"));
        Assert.Equal("bell ok", DocxFile.TextOf(docx.Body.Elements<Paragraph>().First()));
        Assert.Equal("ab", DocxFile.TextOf(docx.ParagraphsIn("SourceCode").Single()));
        Assert.Equal(2, docx.Result.Warnings.Count);
        Assert.Equal("inc.yaml:9:5: warning: removed characters a Word document cannot hold (U+0007)", docx.Result.Warnings[0].Headline);
        Assert.Contains("U+0001", docx.Result.Warnings[1].Message);
    }

    [Fact]
    public void Lone_surrogates_and_noncharacters_are_removed_but_emoji_pairs_kept()
    {
        using var docx = Write(P("a\uD800b\uFFFEc🔥"));
        Assert.Equal("abc🔥", DocxFile.TextOf(docx.Body.Elements<Paragraph>().First()));
        Assert.Contains("U+D800", docx.Result.Warnings.Single().Message);
        Assert.Contains("U+FFFE", docx.Result.Warnings.Single().Message);
    }

    [Fact]
    public void Bad_characters_in_the_title_and_header_are_removed_too()
    {
        var document = StressFixture.Create();
        using var docx = DocxFile.Write(document);
        Assert.DoesNotContain('\u0007', docx.Package.PackageProperties.Title!);
        Assert.DoesNotContain('\u000B', DocxFile.TextOf(docx.Main.HeaderParts.Single().Header!));
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("title, header or footer", StringComparison.Ordinal));
    }

    [Fact]
    public void Anchors_become_valid_unique_word_bookmark_names()
    {
        using var docx = DocxFile.Write(StressFixture.Create());
        var names = docx.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[A-Za-z][A-Za-z0-9_]{0,39}$", n));
        Assert.Contains("a_42_starts_with_digit_and_is_much_longe", names); // prefixed, cut to 40
    }
}
