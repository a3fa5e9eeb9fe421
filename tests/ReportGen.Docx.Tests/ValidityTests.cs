using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>Word opens what we write: zero schema errors for a full report and for a hostile stress document.</summary>
public class ValidityTests
{
    [Fact]
    public void Postmortem_has_no_validation_errors()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create(), new DocxWriterOptions { FigureRasterizer = (_, _) => TestPng.Create(600, 120) });
        AssertValid(docx);
    }

    [Fact]
    public void Stress_document_has_no_validation_errors()
    {
        using var docx = DocxFile.Write(StressFixture.Create());
        AssertValid(docx);
    }

    [Fact]
    public void Empty_and_degenerate_blocks_still_make_a_valid_document()
    {
        using var docx = DocxFile.Write(new Document.ReportDocument
        {
            Settings = new Document.DocumentSettings { Title = "" },
            Theme = new Document.Theme(),
            Blocks =
            [
                new Document.HeadingBlock(1, [], ""),
                new Document.ParagraphBlock([]),
                new Document.ListBlock(false, 1, [new Document.ListItem([])]),
                new Document.TableBlock([], new Document.TableRow([]), []),
                new Document.TableBlock([new(Document.ColumnAlignment.Left)], new Document.TableRow([]), [new Document.TableRow([])]),
                new Document.CodeBlock(""),
                new Document.CalloutBlock("note", null, []),
                new Document.SignOffBlock([]),
                new Document.KeyFiguresBlock([]),
                new Document.TitleBlock(null, [], []),
                new Document.TableOfContentsBlock(null, []),
                new Document.TableOfContentsBlock("Contents", [new Document.ContentsEntry(1, "", "")]),
            ],
        });
        AssertValid(docx);
        Assert.Contains("a table without columns was left out", docx.Result.Warnings.Select(w => w.Message));
    }

    internal static void AssertValid(DocxFile docx)
    {
        var errors = docx.ValidationErrors();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
