using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Cli.Tests.Commands;

/// <summary>The facilitator walkthrough through the real command line: render, edit the .docx, import --dry-run, import.</summary>
public sealed class ImportCommandTests
{
    private static (TempFolder Scratch, string Yaml, string Docx) Rendered()
    {
        var scratch = new TempFolder();
        var yaml = scratch.Write("incident.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "checkout-outage.yaml")));
        foreach (var figure in Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples", "figures")))
            scratch.WriteBytes(Path.Combine("figures", Path.GetFileName(figure)), File.ReadAllBytes(figure));
        var render = CliRunner.RunIn(scratch.Path, "render", "incident.yaml", "--format", "docx", "--out", "out");
        Assert.True(render.ExitCode == 0, render.Err);
        return (scratch, yaml, Path.Combine(scratch.Path, "out", "incident.docx"));
    }

    /// <summary>Retypes the value at <paramref name="yamlPath"/> as one run.</summary>
    private static void Retype(string docx, string yamlPath, string text)
    {
        using var package = WordprocessingDocument.Open(docx, true);
        var body = package.MainDocumentPart!.Document!.Body!;
        var start = body.Descendants<BookmarkStart>().Single(b => b.Name == ValueMarkNames.For(yamlPath, 0));
        var inside = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        for (var e = start.NextSibling(); e is not BookmarkEnd; e = e!.NextSibling()) inside.Add(e!);
        start.InsertAfterSelf(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        foreach (var e in inside) e.Remove();
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing_then_import_writes_the_change()
    {
        var (scratch, yaml, docx) = Rendered();
        using var _ = scratch;
        var before = File.ReadAllText(yaml);
        Retype(docx, "timeline[0].by", "Release pipeline");

        var dry = CliRunner.RunIn(scratch.Path, "import", docx, "--into", "incident.yaml", "--dry-run");

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("--- a/incident.yaml\n+++ b/incident.yaml\n@@ ", dry.Out);
        Assert.Contains("\n+    by: Release pipeline\n", dry.Out);
        Assert.Equal(before, File.ReadAllText(yaml));

        var real = CliRunner.RunIn(scratch.Path, "import", docx, "--into", "incident.yaml");

        Assert.Equal(0, real.ExitCode);
        Assert.Contains("1 value changed", real.Err);
        var after = File.ReadAllText(yaml);
        Assert.Contains("    by: Release pipeline\n", after);
        Assert.Equal(before.Split('\n').Length, after.Split('\n').Length);
    }

    [Fact]
    public void A_dry_run_names_the_incident_as_git_would_whatever_path_it_was_given()
    {
        var (scratch, yaml, docx) = Rendered();
        using var _ = scratch;
        Retype(docx, "timeline[0].by", "Release pipeline");

        var inside = CliRunner.RunIn(scratch.Path, "import", docx, "--into", yaml, "--dry-run");
        var outside = CliRunner.RunIn(Path.Combine(scratch.Path, "out"), "import", docx, "--into", yaml, "--dry-run");

        Assert.Equal(0, inside.ExitCode);
        Assert.StartsWith("--- a/incident.yaml\n+++ b/incident.yaml\n", inside.Out);
        Assert.Equal(0, outside.ExitCode);
        var rootless = yaml[Path.GetPathRoot(yaml)!.Length..].Replace('\\', '/');
        Assert.StartsWith($"--- a/{rootless}\n+++ b/{rootless}\n", outside.Out);
        Assert.DoesNotContain("a//", outside.Out);
    }

    [Fact]
    public void An_import_that_does_not_validate_writes_nothing_and_says_where_in_the_docx()
    {
        var (scratch, yaml, docx) = Rendered();
        using var _ = scratch;
        var before = File.ReadAllText(yaml);
        Retype(docx, "action_items[1].id", "A1"); // the same id as the first action item

        var result = CliRunner.RunIn(scratch.Path, "import", docx, "--into", "incident.yaml");

        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        Assert.Contains("Action items, row 2, ID: 'A1'", result.Err);
        Assert.Contains("incident.yaml is unchanged", result.Err);
        Assert.Equal(before, File.ReadAllText(yaml));
    }

    [Fact]
    public void Without_into_the_complete_new_yaml_is_printed()
    {
        var (scratch, yaml, docx) = Rendered();
        using var _ = scratch;
        var before = File.ReadAllText(yaml);
        Retype(docx, "timeline[0].by", "Release pipeline");

        var result = CliRunner.RunIn(scratch.Path, "import", docx, "--from", "incident.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("    by: Release pipeline\n", result.Out);
        Assert.StartsWith(before[..before.IndexOf("timeline:", StringComparison.Ordinal)], result.Out);
        Assert.Equal(before, File.ReadAllText(yaml));
    }

    [Fact]
    public void Comments_are_written_as_Markdown_with_author_date_anchor_and_path()
    {
        var (scratch, yaml, docx) = Rendered();
        using var _ = scratch;
        var before = File.ReadAllText(yaml);
        using (var package = WordprocessingDocument.Open(docx, true))
        {
            var main = package.MainDocumentPart!;
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Was it really 7 minutes?"))))
            { Id = "5", Author = "Priya Raman", Date = new DateTime(2026, 3, 17, 9, 30, 0, DateTimeKind.Utc) });
            var start = main.Document!.Body!.Descendants<BookmarkStart>().Single(b => b.Name == ValueMarkNames.For("lessons.went_well[0]", 0));
            start.InsertAfterSelf(new CommentRangeStart { Id = "5" });
            var end = main.Document.Body.Descendants<BookmarkEnd>().Single(b => b.Id == start.Id);
            end.InsertBeforeSelf(new CommentRangeEnd { Id = "5" });
        }

        var result = CliRunner.RunIn(scratch.Path, "import", docx, "--into", "incident.yaml", "--comments", "comments.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 comment", result.Err);
        Assert.Equal("""
            # Comments in incident.docx

            - **Priya Raman** (2026-03-17 09:30) on `lessons.went_well[0]`: "The error-rate alert fired within 7 minutes and was acknowledged in 5."

              Was it really 7 minutes?

            """, File.ReadAllText(Path.Combine(scratch.Path, "comments.md")));
        Assert.Equal(before, File.ReadAllText(yaml));
    }

    [Fact]
    public void A_report_received_alone_prints_the_incident_file_it_carries_with_the_edits_and_still_verifies()
    {
        var (scratch, yaml, docx) = Rendered();
        using var _ = scratch;
        var before = File.ReadAllText(yaml);
        var verify = CliRunner.RunIn(scratch.Path, "verify", docx, "incident.yaml");
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Err);
        Retype(docx, "timeline[0].by", "Release pipeline");
        using var inbox = new TempFolder();
        var mailed = inbox.WriteBytes("report.docx", File.ReadAllBytes(docx));

        var result = CliRunner.RunIn(inbox.Path, "import", "report.docx");

        Assert.True(result.ExitCode == 0, result.Err);
        var first = before.IndexOf("    by: Deploy pipeline\n", StringComparison.Ordinal);
        Assert.Equal(before[..first] + "    by: Release pipeline\n" + before[(first + "    by: Deploy pipeline\n".Length)..], result.Out);
        Assert.Equal(["report.docx"], inbox.Files());
    }

    [Fact]
    public void Without_a_source_file_or_a_copy_the_usage_error_says_how_to_name_it()
    {
        var (scratch, _, docx) = Rendered();
        using var _s = scratch;
        using (var package = WordprocessingDocument.Open(docx, true))
            foreach (var part in package.MainDocumentPart!.CustomXmlParts.ToList()) package.MainDocumentPart.DeletePart(part);

        var result = CliRunner.RunIn(scratch.Path, "import", docx);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("carries no copy of its incident file", result.Err);
        Assert.Contains("--into INCIDENT.yaml", result.Err);
    }
}
