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
        using var docx = DocxFile.Write(new Documents.ReportDocument
        {
            Settings = new Documents.DocumentSettings { Title = "" },
            Theme = new Documents.Theme(),
            Blocks =
            [
                new Documents.HeadingBlock(1, [], ""),
                new Documents.ParagraphBlock([]),
                new Documents.ListBlock(false, 1, [new Documents.ListItem([])]),
                new Documents.TableBlock([], new Documents.TableRow([]), []),
                new Documents.TableBlock([new(Documents.ColumnAlignment.Left)], new Documents.TableRow([]), [new Documents.TableRow([])]),
                new Documents.CodeBlock(""),
                new Documents.CalloutBlock("note", null, []),
                new Documents.SignOffBlock([]),
                new Documents.KeyFiguresBlock([]),
                new Documents.TitleBlock(null, [], []),
                new Documents.TableOfContentsBlock(null, []),
                new Documents.TableOfContentsBlock("Contents", [new Documents.ContentsEntry(1, "", "")]),
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
