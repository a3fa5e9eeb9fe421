using DocumentFormat.OpenXml.Packaging;
using ReportGen.Docx.Packaging;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>The .docx carries the incident file it was made from, so a report received by mail imports with nothing
/// beside it; a file that changed since the render keeps its changes and takes only the document's edits.</summary>
public sealed class SourceCopyTests
{
    private static byte[]? Carried(string docx)
    {
        using var package = WordprocessingDocument.Open(docx, false);
        return SourceCopy.Read(package.MainDocumentPart!, out _);
    }

    [Fact]
    public void The_docx_carries_the_incident_file_byte_for_byte_and_stays_deterministic()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var again = Path.Combine(ws.Directory, "again.docx");
        Workspace.Render(ws.Yaml, again);

        Assert.Equal(File.ReadAllBytes(ws.Yaml), Carried(ws.Docx));
        Assert.Equal(File.ReadAllBytes(ws.Docx), File.ReadAllBytes(again));
    }

    [Fact]
    public void A_mailed_docx_alone_in_a_folder_imports_from_its_copy()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx)) docx.Replace("timeline[9].event", "Rollback finished on every pod");
        using var inbox = new TempFolder();
        var mailed = inbox.WriteBytes("report.docx", File.ReadAllBytes(ws.Docx));

        var result = ws.Run(new ImportRequest(mailed, null));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before.Replace("    event: Rollback to 4.17.3 completed on all pods\n", "    event: Rollback finished on every pod\n", StringComparison.Ordinal),
            result.NewText);
    }

    [Fact]
    public void A_file_changed_since_the_render_keeps_its_change_and_takes_the_document_s_edit()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var rendered = File.ReadAllText(ws.Yaml);
        var changed = rendered.Replace("    by: Maya Chen\n    kind: response\n", "    by: Maya Chen (on-call)\n    kind: response\n", StringComparison.Ordinal);
        Assert.NotEqual(rendered, changed);
        File.WriteAllText(ws.Yaml, changed);
        using (var docx = new DocxEdit(ws.Docx)) docx.Replace("timeline[9].event", "Rollback finished on every pod");

        var result = ws.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("timeline[9].event", Assert.Single(result.Edits).YamlPath);
        Assert.Equal(changed.Replace("    event: Rollback to 4.17.3 completed on all pods\n", "    event: Rollback finished on every pod\n", StringComparison.Ordinal),
            result.NewText);
        Assert.Contains(result.Warnings, w => w.Contains("changed since the report was rendered", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_changed_in_the_file_and_in_the_document_is_a_conflict()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        var rendered = File.ReadAllText(ws.Yaml);
        File.WriteAllText(ws.Yaml, rendered.Replace("    event: Rollback to 4.17.3 completed on all pods\n", "    event: Rollback completed\n", StringComparison.Ordinal));
        using (var docx = new DocxEdit(ws.Docx)) docx.Replace("timeline[9].event", "Rollback finished on every pod");

        var result = ws.Import();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("timeline[9].event was changed in the document and in", StringComparison.Ordinal));
    }

    [Fact]
    public void A_docx_whose_copy_is_another_incident_is_refused_even_when_its_id_cell_was_retyped()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using var other = Workspace.ForExample("search-latency.yaml");
        var theirId = "INC-" + System.Text.RegularExpressions.Regex.Match(File.ReadAllText(ws.Yaml), @"\nid: INC-(\S+)").Groups[1].Value;
        using (var docx = new DocxEdit(other.Docx)) docx.Replace("id", theirId);

        var result = ws.Import(other.Docx);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("made from another incident", StringComparison.Ordinal));
    }

    [Fact]
    public void A_docx_without_a_copy_and_no_file_named_says_how_to_name_one()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var package = WordprocessingDocument.Open(ws.Docx, true))
            foreach (var part in package.MainDocumentPart!.CustomXmlParts.ToList()) package.MainDocumentPart.DeletePart(part);

        var result = ws.Run(new ImportRequest(ws.Docx, null));

        Assert.True(result.NoSource);
        Assert.Contains(result.Errors, e => e.Contains("carries no copy of its incident file", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("--into INCIDENT.yaml", StringComparison.Ordinal));
    }
}
