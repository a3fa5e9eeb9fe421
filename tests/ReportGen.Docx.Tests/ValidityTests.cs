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

    internal static void AssertValid(DocxFile docx)
    {
        var errors = docx.ValidationErrors();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
