using System.Diagnostics;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>A facilitator on LibreOffice: the report re-saved by LibreOffice (<c>soffice --convert-to docx</c>) still
/// carries every mark. This is the test that chose bookmarks: LibreOffice 7.4 drops the tag of a w:sdt content control
/// on such a save, and keeps bookmarks with their names.</summary>
public sealed class LibreOfficeTests
{
    private static string Resave(string docx, string directory)
    {
        var outDir = Path.Combine(directory, "lo");
        var profile = Path.Combine(directory, "lo-profile");
        var start = new ProcessStartInfo("soffice",
            $"-env:UserInstallation=file://{profile} --headless --convert-to \"docx:MS Word 2007 XML\" --outdir \"{outDir}\" \"{docx}\"")
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        Assert.True(process.WaitForExit(240_000), "soffice did not finish in 240 s");
        var saved = Path.Combine(outDir, Path.GetFileName(docx));
        Assert.True(File.Exists(saved), "LibreOffice wrote no .docx: " + process.StandardError.ReadToEnd());
        return saved;
    }

    [Fact]
    public void A_LibreOffice_resave_imports_the_same_and_keeps_an_edit()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.Replace("timeline[9].event", "Rollback to 4.17.3 ", "**completed", " on every pod");
            docx.SplitRuns("root_cause.what_happened");
        }
        var saved = Resave(ws.Docx, ws.Directory);

        var result = ws.Import(saved);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        var edit = Assert.Single(result.Edits);
        Assert.Equal("timeline[9].event", edit.YamlPath);
        Assert.Equal("Rollback to 4.17.3 **completed** on every pod", edit.NewText);

        // The copy of the incident file survives the re-save: the saved file imports with nothing beside it.
        using (var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved, false))
            Assert.Equal(File.ReadAllBytes(ws.Yaml), ReportGen.Docx.Packaging.SourceCopy.Read(package.MainDocumentPart!, out _));
        var alone = ws.Run(new ImportRequest(saved, null));
        Assert.True(alone.Succeeded, string.Join("\n", alone.Errors));
        Assert.Equal(result.NewText, alone.NewText);
    }

    [Fact]
    public void A_LibreOffice_resave_keeps_the_sign_off_marks()
    {
        using var ws = Workspace.ForExample("checkout-outage.yaml");
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.Replace("signoff.approvals[2].role", "Head of SRE and Platform");
            docx.Replace("signoff.approvals[2].date", "2026-03-19");
        }
        var saved = Resave(ws.Docx, ws.Directory);

        var result = ws.Import(saved);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings); // every mark (names, roles, decisions, dates, the comment) is still there
        Assert.Equal([("signoff.approvals[2].role", "Head of SRE and Platform"), ("signoff.approvals[2].date", "2026-03-19")],
            result.Edits.Select(e => (e.YamlPath, e.NewText)));
    }

    [Fact]
    public void A_nested_bullet_indented_in_LibreOffice_s_resave_comes_back_nested()
    {
        using var ws = TestIncidents.Open("nested-lists");
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx)) docx.AddSubBullet(docx.ParagraphOf("taken from the replica"), "through the snapshot repository");
        var saved = Resave(ws.Docx, ws.Directory);

        var result = ws.Import(saved);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before.Replace("       - taken from the replica\n", "       - taken from the replica\n         - through the snapshot repository\n",
            StringComparison.Ordinal), result.NewText);
    }

    [Fact]
    public void A_LibreOffice_resave_keeps_a_changed_time_and_due_date()
    {
        using var ws = TestIncidents.Open("overnight");
        var before = File.ReadAllText(ws.Yaml);
        using (var docx = new DocxEdit(ws.Docx))
        {
            docx.Replace("timeline[2].at", "2026-03-15 00:35");
            docx.Replace("action_items[0].due", "2026-03-30");
        }
        var saved = Resave(ws.Docx, ws.Directory);

        var result = ws.Import(saved);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings); // every time mark (shown with its day or not) is still there
        Assert.Equal(before.Replace("  - at: \"00:20\"\n", "  - at: \"00:35\"\n", StringComparison.Ordinal)
            .Replace("    due: 2026-03-27\n", "    due: 2026-03-30\n", StringComparison.Ordinal), result.NewText);
    }
}
