using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Documents that cannot be imported are refused with a clear message; damaged ones import what they can.</summary>
public sealed class RefusalTests
{
    [Fact]
    public void A_report_of_another_incident_is_refused()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using var other = Workspace.ForExample("search-latency.yaml");

        var result = ws.Import(other.Docx);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("made from another incident", StringComparison.Ordinal) && e.Contains("INC-", StringComparison.Ordinal));
        Assert.Null(result.NewText);
    }

    [Fact]
    public void A_document_not_made_by_ReportGen_is_refused()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var plain = Path.Combine(ws.Directory, "plain.docx");
        using (var package = WordprocessingDocument.Create(plain, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph(new Run(new Text("Meeting notes")))));
        }

        var result = ws.Import(plain);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("holds no ReportGen value marks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var bogus = Path.Combine(ws.Directory, "bogus.docx");
        File.WriteAllText(bogus, "not a zip");

        var result = ws.Import(bogus);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("cannot be read as a Word document", StringComparison.Ordinal));
    }

    [Fact]
    public void Destroyed_marks_are_named_and_the_rest_imports()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.RemoveMark("timeline[2].by");
            docx.Replace("timeline[9].event", "Rollback finished");
        }

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains(result.Warnings, w => w.Contains("timeline[2].by", StringComparison.Ordinal));
        Assert.Contains("    event: Rollback finished\n", result.NewText);
    }

    [Fact]
    public void An_edit_that_breaks_the_format_points_at_the_docx_place_and_writes_nothing()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx)) docx.Replace("action_items[1].id", "A1"); // duplicate id

        var result = ws.Import();

        Assert.False(result.Succeeded);
        Assert.Null(result.NewText);
        Assert.Contains(result.Errors, e => e.Contains("Action items, row 2, ID", StringComparison.Ordinal) && e.Contains("'A1'", StringComparison.Ordinal));
    }
}
