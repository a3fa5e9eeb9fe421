using System.IO.Compression;
using System.Text;
using ReportGen.Testing;

namespace ReportGen.Cli.Tests.Verify;

/// <summary><c>reportgen verify</c> as an auditor uses it: which report matches which incident, and when one does not,
/// why (another incident file, another layout, another version, or bytes changed after rendering).</summary>
public sealed class VerifyCommandTests
{
    private static string Example(string name) => Path.Combine(RepoPaths.Root, "examples", name);

    /// <summary>A scratch folder holding copies of the examples (incidents/) and their reports (reports/).</summary>
    private static TempFolder Rendered(params string[] extra)
    {
        var scratch = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(scratch.Path, "incidents", Path.GetRelativePath(Path.Combine(RepoPaths.Root, "examples"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var render = CliRunner.RunIn(scratch.Path, ["render", "incidents", "--out", "reports", .. extra]);
        Assert.True(render.ExitCode == 0, render.Out + render.Err);
        return scratch;
    }

    [Fact]
    public void Reports_as_rendered_are_identical_in_both_formats()
    {
        using var scratch = Rendered();
        var pdf = CliRunner.RunIn(scratch.Path, "verify", "reports/checkout-outage.pdf", "incidents/checkout-outage.yaml");
        Assert.Equal((0, "reports/checkout-outage.pdf: identical: exactly what incidents/checkout-outage.yaml renders\n"), (pdf.ExitCode, pdf.Out));
        var docx = CliRunner.RunIn(scratch.Path, "verify", "reports/checkout-outage.docx", "incidents/checkout-outage.yaml");
        Assert.Equal(0, docx.ExitCode);
        Assert.Contains("identical", docx.Out);
    }

    [Fact]
    public void A_report_of_another_incident_or_of_an_edited_incident_names_both_hashes()
    {
        using var scratch = Rendered();
        var other = CliRunner.RunIn(scratch.Path, "verify", "reports/checkout-outage.pdf", "incidents/search-latency.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, other.ExitCode);
        Assert.Contains("differs from what incidents/search-latency.yaml renders: rendered from a different incident file", other.Out);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Example("checkout-outage.yaml"))));
        Assert.Contains("rendered from an incident file with SHA-256 " + sha, other.Out);

        File.AppendAllText(Path.Combine(scratch.Path, "incidents", "checkout-outage.yaml"), "\n# a comment added after rendering\n");
        var edited = CliRunner.RunIn(scratch.Path, "verify", "reports/checkout-outage.docx", "incidents/checkout-outage.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, edited.ExitCode);
        Assert.Contains("rendered from a different incident file", edited.Out);
    }

    [Fact]
    public void A_report_rendered_with_another_layout_says_so_and_verifies_with_that_layout()
    {
        using var scratch = new TempFolder();
        Assert.Equal(0, CliRunner.RunIn(scratch.Path, "layout", "export", "mine").ExitCode);
        var theme = Path.Combine(scratch.Path, "mine", "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("accent: \"#1849A9\"", "accent: \"#6A1B9A\"", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.RunIn(scratch.Path, "render", Example("search-latency.yaml"), "--out", "out", "--layout", "mine").ExitCode);

        var builtIn = CliRunner.RunIn(scratch.Path, "verify", "out/search-latency.pdf", Example("search-latency.yaml"));
        Assert.Equal(ExitCodes.ReportDiffers, builtIn.ExitCode);
        Assert.Contains("rendered with a different layout", builtIn.Out);
        Assert.Contains("hint: pass the layout folder it was rendered with: --layout DIR", builtIn.Out);
        var withLayout = CliRunner.RunIn(scratch.Path, "verify", "out/search-latency.pdf", Example("search-latency.yaml"), "--layout", "mine");
        Assert.Equal(0, withLayout.ExitCode);
        var docx = CliRunner.RunIn(scratch.Path, "verify", "out/search-latency.docx", Example("search-latency.yaml"), "--layout", "mine");
        Assert.Equal(0, docx.ExitCode);
    }

    [Fact]
    public void A_report_from_another_version_of_reportgen_is_told_apart_from_a_changed_file()
    {
        using var scratch = Rendered();
        var path = Path.Combine(scratch.Path, "reports", "search-latency.pdf");
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var version = System.Text.RegularExpressions.Regex.Match(text, "<reportgen:Version>([^<]+)<").Groups[1].Value;
        var older = string.Concat(version.Select(c => char.IsAsciiDigit(c) ? '9' : c)); // same length: offsets stay valid
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text.Replace($">{version}<", $">{older}<", StringComparison.Ordinal)));
        var result = CliRunner.RunIn(scratch.Path, "verify", "reports/search-latency.pdf", "incidents/search-latency.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, result.ExitCode);
        Assert.Contains($"rendered by ReportGen {older}, this is {version}", result.Out);
    }

    [Fact]
    public void A_docx_edited_after_rendering_names_the_parts_that_changed()
    {
        using var scratch = Rendered();
        var path = Path.Combine(scratch.Path, "reports", "search-latency.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
                xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml.Replace("Search", "Serach", StringComparison.Ordinal));
        }
        var result = CliRunner.RunIn(scratch.Path, "verify", "reports/search-latency.docx", "incidents/search-latency.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, result.ExitCode);
        Assert.Contains("same incident file, layout and version, but different bytes", result.Out);
        Assert.Contains("changed: word/document.xml", result.Out);
        Assert.DoesNotContain("docProps", result.Out);
    }

    [Fact]
    public void A_folder_of_reports_is_audited_against_a_folder_of_incidents_by_name()
    {
        using var scratch = Rendered();
        File.AppendAllText(Path.Combine(scratch.Path, "incidents", "search-latency.yaml"), "\n# edited\n");
        File.Copy(Path.Combine(scratch.Path, "reports", "checkout-outage.pdf"), Path.Combine(scratch.Path, "reports", "orphan.pdf"));
        File.Copy(Example("search-latency.yaml"), Path.Combine(scratch.Path, "incidents", "never-rendered.yaml"));
        var result = CliRunner.RunIn(scratch.Path, "verify", "reports", "incidents");
        Assert.Equal(ExitCodes.ReportDiffers, result.ExitCode);
        Assert.Contains("reports/checkout-outage.pdf: identical", result.Out);
        Assert.Contains("reports/checkout-outage.docx: identical", result.Out);
        Assert.Contains("reports/search-latency.pdf: differs from what incidents/search-latency.yaml renders: rendered from a different incident file", result.Out);
        Assert.Contains("reports/orphan.pdf: not verified: no incident file with the same name was found", result.Out);
        Assert.Contains("incidents/never-rendered.yaml: no report for this incident", result.Out);
        var examples = Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*.yaml", SearchOption.AllDirectories).Length; // rendered sub-folders too
        Assert.Contains($"verified {2 * examples + 1} reports: {2 * examples - 2} identical, 0 signed, 2 differ, 1 not verified; " +
                        "1 incident without a report", result.Out);
    }

    [Fact]
    public void An_incident_with_errors_is_not_verified_and_its_errors_point_at_the_line()
    {
        using var scratch = Rendered();
        var incident = Path.Combine(scratch.Path, "incidents", "search-latency.yaml");
        File.WriteAllText(incident, File.ReadAllText(incident).Replace("severity: ", "severity: extreme # ", StringComparison.Ordinal));
        var result = CliRunner.RunIn(scratch.Path, "verify", "reports/search-latency.pdf", "incidents/search-latency.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, result.ExitCode);
        Assert.Contains("not verified: incidents/search-latency.yaml has errors", result.Out);
        Assert.Matches(@"incidents/search-latency\.yaml:\d+:\d+: error: 'extreme' is not a valid severity", result.Out);
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_say_what_to_give()
    {
        using var scratch = Rendered();
        var missing = CliRunner.RunIn(scratch.Path, "verify", "reports/nope.pdf", "incidents/search-latency.yaml");
        Assert.Equal((ExitCodes.UsageError, "reportgen verify: error: 'reports/nope.pdf' does not exist\n"), (missing.ExitCode, missing.Err.Split("hint")[0]));
        var mixed = CliRunner.RunIn(scratch.Path, "verify", "reports", "incidents/search-latency.yaml");
        Assert.Equal(ExitCodes.UsageError, mixed.ExitCode);
        Assert.Contains("give two files (a report and its incident) or two folders", mixed.Err);
        var noLayout = CliRunner.RunIn(scratch.Path, "verify", "reports/search-latency.pdf", "incidents/search-latency.yaml", "--layout", "nowhere");
        Assert.Equal(ExitCodes.UsageError, noLayout.ExitCode);
        Assert.Equal(ExitCodes.UsageError, CliRunner.RunIn(scratch.Path, "verify", "reports/search-latency.pdf").ExitCode);
        File.WriteAllText(Path.Combine(scratch.Path, "notes.txt"), "not a report");
        var notReport = CliRunner.RunIn(scratch.Path, "verify", "notes.txt", "incidents/search-latency.yaml");
        Assert.Equal(ExitCodes.ReportDiffers, notReport.ExitCode);
        Assert.Contains("not verified: not a PDF or .docx report", notReport.Out);
    }
}
