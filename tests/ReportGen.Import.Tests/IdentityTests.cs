using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>render → import with no edits changes nothing: the incident file stays byte for byte, for every example and
/// for the starter file 'reportgen init' writes.</summary>
public sealed class IdentityTests
{
    public static TheoryData<string> Examples() =>
        new(RepoPaths.ExampleFiles.Select(Path.GetFileName)!);

    /// <summary>Every example and every incident of this project's <c>Incidents/</c> folder (nested lists, empty values).</summary>
    public static TheoryData<string> ExamplesAndTestIncidents() =>
        new(RepoPaths.ExampleFiles.Concat(TestIncidents.Files).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ExamplesAndTestIncidents))]
    public void An_unedited_report_imports_as_the_same_bytes(string file)
    {
        using var ws = new Workspace(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file));
        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Edits);
        Assert.Empty(result.Warnings);
        Assert.Equal(File.ReadAllText(ws.Yaml), result.NewText);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_marked_report_is_still_a_valid_Word_document(string example)
    {
        using var ws = Workspace.ForExample(example);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(ws.Docx, false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(package).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => e.Description)));
        Assert.Contains(package.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>(),
            b => b.Name!.Value!.StartsWith(ReportGen.Document.ValueMarkNames.Prefix, StringComparison.Ordinal) && b.Name.Value.Length <= 40);
    }

    [Fact]
    public void The_starter_file_imports_unchanged()
    {
        using var ws = new Workspace(ReportGen.Core.Starter.StarterIncident.Text);
        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Edits);
        Assert.Equal(ReportGen.Core.Starter.StarterIncident.Text, result.NewText);
    }

    [Fact]
    public void Every_kind_of_text_value_is_marked_in_the_docx()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using var docx = new DocxEdit(ws.Docx);

        foreach (var path in new[] { "id", "title", "summary", "timeline[0].event", "timeline[0].by", "root_cause.what_happened",
                     "root_cause.contributing_factors[1]", "lessons.went_well[0]", "action_items[0].action", "action_items[0].owner" })
            Assert.NotNull(docx.Start(path));
    }
}
