using System.Diagnostics;
using System.Globalization;
using ReportGen.Core.Tests.Review;

namespace ReportGen.Cli.Tests.Review;

/// <summary><c>reportgen review</c> end to end on the generated folder: what it writes, what it prints, its exit codes,
/// and that the pack says the figures the independent computation gives.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2026, 6, 30);
    private readonly TempFolder _tree = new();
    private readonly List<SpecIncident> _specs;

    public ReviewCommandTests()
    {
        _specs = ReviewFolder.Write(_tree.PathOf("in"));
        ReviewFolder.WriteInvalid(_tree.PathOf("in"));
    }

    public void Dispose() => _tree.Dispose();

    private CliRunner.Result Review(string outDir, params string[] extra) =>
        CliRunner.Run(["review", _tree.PathOf("in"), "--out", _tree.PathOf(outDir), "--from", "2026-04-01", "--to", "2026-06-30", .. extra]);

    [Fact]
    public void Writes_the_pack_leaves_out_files_with_errors_and_exits_1()
    {
        var result = Review("out", "--format", "pdf,docx,md,csv");
        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        Assert.Equal(["action-items.csv", "incidents.csv", "review.docx", "review.md", "review.pdf"], _tree.Files("out"));
        Assert.Contains("not included: ", result.Err);
        Assert.Contains("broken-severity.yaml:3:11: error: 'extreme' is not a valid severity", result.Err);
        Assert.Contains("no-title.yaml", result.Err);
        var period = Expected.InPeriod(_specs, From, To);
        Assert.Contains($"review: {period.Count} incidents from 2026-04-01 to 2026-06-30, as of {Expected.AsOf(_specs):yyyy-MM-dd}", result.Out);
        Assert.Contains("2 not included", result.Out);

        var md = File.ReadAllText(_tree.PathOf("out/review.md"));
        Assert.Contains("## Not included", md);
        Assert.Contains("broken-severity.yaml | 3:11 | 'extreme' is not a valid severity", md);
    }

    [Fact]
    public void The_pdf_and_markdown_state_the_independently_computed_figures()
    {
        Assert.Equal(ExitCodes.InputFailed, Review("out", "--format", "pdf,md").ExitCode);
        var period = Expected.InPeriod(_specs, From, To);
        var asOf = Expected.AsOf(_specs);
        var md = File.ReadAllText(_tree.PathOf("out/review.md"));
        var pdf = Words(PdfText(_tree.PathOf("out/review.pdf")));
        var figures = new List<(string Label, int Value)>
        {
            ("Incidents", period.Count),
            ("Overdue action items", Expected.Overdue(period, asOf).Count),
            ("Open P0/P1 items", Expected.OpenUrgent(period).Count),
            ("Postmortems final", period.Count(s => s.Status == "final")),
            ("In review", period.Count(s => s.Status == "review")),
            ("Draft", period.Count(s => s.Status == "draft")),
        };
        foreach (var (label, severity) in new[] { ("Critical", "critical"), ("High", "high"), ("Medium", "medium"), ("Low", "low") })
            figures.Add((label, period.Count(s => s.Severity == severity)));
        foreach (var (label, value) in figures)
        {
            Assert.Matches($@"- (\*\*)?{System.Text.RegularExpressions.Regex.Escape(label)}: {value}\b", md);
            Assert.Contains($"{label} {value} ", pdf); // a key-figure card: its label over the value
        }
        var downtime = TimeSpan.FromMinutes(Expected.DowntimeMinutes(period));
        Assert.Contains($"Customer-facing downtime: {(int)downtime.TotalDays} d {downtime.Hours} h", md);
        // Every incident of the period has its line; the first-quarter and July edge incidents do not.
        foreach (var spec in period)
            Assert.Contains($"**{spec.Id}**{{#", md);
        Assert.DoesNotContain("INC-EDGE-2", md);
        Assert.DoesNotContain("**INC-EDGE-1**", md);
        // The overdue table lists exactly the expected items, in order.
        var overdue = Section(md, "### Overdue", "### Open P0").Split('\n').Where(l => l.StartsWith("| **P", StringComparison.Ordinal)).ToList();
        Assert.Equal(Expected.Overdue(period, asOf).Select(x => x.Item1), overdue.Select(l => l.Split('|')[7].Trim().Trim('[').Split(']')[0]));
        // The approvals not given, from signoff.approvals, each with its incident, approver and decision.
        var labels = new Dictionary<string, string> { ["pending"] = "Pending", ["changes_requested"] = "Changes requested", ["rejected"] = "Rejected" };
        var pending = Section(md, "### Approvals still pending", "## All incidents").Split('\n').Where(l => l.StartsWith("| [", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).Select(c => (c[1].Trim('[').Split(']')[0], c[2], c[4])).ToList();
        Assert.NotEmpty(pending);
        Assert.Equal(Expected.PendingApprovals(period).Select(a => (a.Item1, a.Item2, labels[a.Item3])), pending);
    }

    [Fact]
    public void List_limit_shows_the_most_urgent_and_says_how_many_there_are_in_all()
    {
        Assert.Equal(ExitCodes.InputFailed, Review("out", "--format", "md", "--list-limit", "2").ExitCode);
        var period = Expected.InPeriod(_specs, From, To);
        var overdue = Expected.Overdue(period, Expected.AsOf(_specs));
        var approvals = Expected.PendingApprovals(period);
        Assert.True(overdue.Count > 2 && approvals.Count > 2, $"{overdue.Count} overdue, {approvals.Count} approvals");
        var md = File.ReadAllText(_tree.PathOf("out/review.md"));
        var overdueRows = Section(md, "### Overdue", "### Open P0").Split('\n').Where(l => l.StartsWith("| **P", StringComparison.Ordinal)).ToList();
        Assert.Equal(overdue.Take(2).Select(x => x.Item1), overdueRows.Select(l => l.Split('|')[7].Trim().Trim('[').Split(']')[0]));
        Assert.Contains($"The 2 most urgent of {overdue.Count};", md);
        var approvalRows = Section(md, "### Approvals still pending", "## All incidents").Split('\n').Count(l => l.StartsWith("| [", StringComparison.Ordinal));
        Assert.Equal(2, approvalRows);
        Assert.Contains($"The first 2 of {approvals.Count} approvals not given", md);
    }

    [Fact]
    public void The_pdf_has_an_outline_page_numbers_and_the_trend_figure_and_the_docx_its_picture()
    {
        Review("out", "--format", "pdf,docx");
        var pdf = _tree.PathOf("out/review.pdf");
        var text = PdfText(pdf);
        var pages = int.Parse(Tool("pdfinfo", pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(),
            CultureInfo.InvariantCulture);
        Assert.Contains($"Page 1 of {pages}", text);
        Assert.Contains($"Page {pages} of {pages}", text);
        Assert.DoesNotContain("DRAFT", text);
        Assert.Contains("Incidents per month, by severity", text); // the figure's caption
        Assert.Contains("Month", text); // its axis title, drawn as text
        var outline = Tool("qpdf", "--json=2", "--json-key=outlines", pdf);
        foreach (var heading in new[] { "Speed", "Trend", "Action items", "Recurring", "Sign-off status", "All incidents", "Not included" })
            Assert.Contains($"\"title\": \"{heading}\"", outline);

        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(_tree.PathOf("out/review.docx"), false);
        var drawings = docx.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>();
        Assert.Contains(drawings, d => d.Name == "Trend figure");
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(docx);
        Assert.Empty(errors.Select(e => e.Description));
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_outputs()
    {
        Review("a", "--format", "pdf,docx,md,csv");
        Review("b", "--format", "pdf,docx,md,csv");
        foreach (var file in _tree.Files("a"))
            Assert.True(File.ReadAllBytes(_tree.PathOf("a/" + file)).SequenceEqual(File.ReadAllBytes(_tree.PathOf("b/" + file))), file);
    }

    [Fact]
    public void The_csv_tables_hold_one_record_per_incident_and_per_action_item()
    {
        Review("out", "--format", "csv");
        Assert.Equal(["action-items.csv", "incidents.csv"], _tree.Files("out"));
        var period = Expected.InPeriod(_specs, From, To);
        var incidents = CsvReader.Rows(File.ReadAllBytes(_tree.PathOf("out/incidents.csv")));
        Assert.Equal(period.Select(s => s.Id), incidents.Select(r => r["id"]));
        var items = CsvReader.Rows(File.ReadAllBytes(_tree.PathOf("out/action-items.csv")));
        Assert.Equal(period.Sum(s => s.Items.Length), items.Count);
    }

    [Fact]
    public void Each_incident_links_to_its_report_when_render_wrote_it_beside_the_review()
    {
        Review("out", "--format", "md");
        Assert.DoesNotContain(".pdf)", File.ReadAllText(_tree.PathOf("out/review.md")));

        var rendered = CliRunner.Run("render", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "pdf");
        Assert.Equal(ExitCodes.InputFailed, rendered.ExitCode); // the two broken files
        Review("out", "--format", "md");
        var md = File.ReadAllText(_tree.PathOf("out/review.md"));
        var inSubfolder = _specs.First(s => s.File.StartsWith("team-b/", StringComparison.Ordinal) && s.LocalDate >= From && s.LocalDate <= To);
        Assert.Contains($"[{inSubfolder.Id}](team-b/{Path.GetFileNameWithoutExtension(inSubfolder.File)}.pdf)", md);
        foreach (var spec in Expected.InPeriod(_specs, From, To))
            Assert.True(File.Exists(_tree.PathOf("out/" + Path.ChangeExtension(spec.File, ".pdf"))));
    }

    [Fact]
    public void Without_dates_the_review_covers_every_input_and_as_of_is_stated()
    {
        var result = CliRunner.Run("review", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "md");
        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        var md = File.ReadAllText(_tree.PathOf("out/review.md"));
        Assert.Contains($"Incidents: {_specs.Count}", md);
        Assert.Contains($"as of **{Expected.AsOf(_specs):yyyy-MM-dd}**, the latest postmortem date among the inputs", md);
        Assert.DoesNotContain("Against the previous period", md);
    }

    [Fact]
    public void Only_valid_inputs_exit_0()
    {
        File.Delete(_tree.PathOf("in/broken-severity.yaml"));
        File.Delete(_tree.PathOf("in/no-title.yaml"));
        var result = Review("out", "--format", "md");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("Not included", File.ReadAllText(_tree.PathOf("out/review.md")));
    }

    [Fact]
    public void A_period_without_incidents_still_makes_a_review()
    {
        var result = CliRunner.Run("review", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--from", "2027-01-01", "--to", "2027-03-31", "--format", "pdf,md");
        Assert.Equal(ExitCodes.InputFailed, result.ExitCode); // the broken files
        Assert.Contains("review: 0 incidents from 2027-01-01 to 2027-03-31", result.Out);
        Assert.True(File.Exists(_tree.PathOf("out/review.pdf")));
    }

    [Theory]
    [InlineData("--from", "2026-13-01", "--from '2026-13-01' is not a date")]
    [InlineData("--as-of", "yesterday", "--as-of 'yesterday' is not a date")]
    [InlineData("--from", "0001-01-01", "outside the years 1900 to 2999")]
    [InlineData("--format", "pdf,xls", "unknown format 'xls'; expected one or more of: pdf, docx, md, png, csv")]
    public void Bad_options_are_usage_errors_and_write_nothing(string option, string value, string message)
    {
        var result = CliRunner.Run("review", _tree.PathOf("in"), "--out", _tree.PathOf("out"), option, value);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.Contains("hint: ", result.Err);
        Assert.False(Directory.Exists(_tree.PathOf("out")));
    }

    [Fact]
    public void To_before_from_and_a_missing_out_are_usage_errors()
    {
        var reversed = CliRunner.Run("review", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--from", "2026-06-30", "--to", "2026-04-01");
        Assert.Equal(ExitCodes.UsageError, reversed.ExitCode);
        Assert.Contains("--to 2026-04-01 is before --from 2026-06-30", reversed.Err);
        Assert.Equal(ExitCodes.UsageError, CliRunner.Run("review", _tree.PathOf("in")).ExitCode);
        var nothing = CliRunner.Run("review", _tree.PathOf("nowhere"), "--out", _tree.PathOf("out"));
        Assert.Equal(ExitCodes.UsageError, nothing.ExitCode);
        Assert.Contains("no such file or folder", nothing.Err);
    }

    [Fact]
    public void The_review_layout_exports_and_a_postmortem_layout_is_refused_by_name()
    {
        var export = CliRunner.Run("layout", "export", "--name", "review", _tree.PathOf("layout"));
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Contains("review.md.sbn", _tree.Files("layout"));
        File.AppendAllText(_tree.PathOf("layout/partials/about.md.sbn"), "\n\nCustomised by the team.\n");
        Review("custom", "--format", "md", "--layout", _tree.PathOf("layout"));
        Assert.Contains("Customised by the team.", File.ReadAllText(_tree.PathOf("custom/review.md")));

        CliRunner.Run("layout", "export", _tree.PathOf("postmortem"));
        var wrong = Review("wrong", "--layout", _tree.PathOf("postmortem"));
        Assert.Equal(ExitCodes.InputFailed, wrong.ExitCode);
        Assert.Contains("layout has no review.md.sbn", wrong.Err);
        Assert.Contains("reportgen layout export --name review", wrong.Err);
        Assert.Empty(_tree.Files("wrong"));
    }

    [Fact]
    public void A_folder_in_the_way_of_an_output_is_an_error_not_a_stack_trace()
    {
        Directory.CreateDirectory(_tree.PathOf("out/review.docx"));
        var result = Review("out", "--format", "pdf,docx,csv");
        Assert.Equal(ExitCodes.InputFailed, result.ExitCode);
        Assert.Contains("error: ", result.Err);
        Assert.Contains("hint: ", result.Err);
        Assert.Contains("a folder is in the way", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Empty(_tree.Files("out")); // all or nothing: not even the PDF or the CSV tables
    }

    [Fact]
    public void A_failed_review_leaves_the_previous_pack_as_it_was()
    {
        Assert.Equal(ExitCodes.InputFailed, Review("out", "--format", "pdf,csv").ExitCode);
        var before = _tree.Files("out").ToDictionary(f => f, f => File.ReadAllBytes(_tree.PathOf("out/" + f)));
        CliRunner.Run("layout", "export", "--name", "review", _tree.PathOf("layout"));
        File.WriteAllText(_tree.PathOf("layout/partials/about.md.sbn"), "{{ for x in 1..3 }}\n"); // an unclosed loop
        var broken = Review("out", "--format", "pdf,csv", "--layout", _tree.PathOf("layout"));
        Assert.Equal(ExitCodes.InputFailed, broken.ExitCode);
        Assert.Contains("about.md.sbn", broken.Err);
        Assert.Equal(before.Keys, _tree.Files("out"));
        foreach (var (file, bytes) in before)
            Assert.Equal(bytes, File.ReadAllBytes(_tree.PathOf("out/" + file)));
    }

    [Fact]
    public void An_output_that_would_replace_an_input_is_refused_before_anything_is_read()
    {
        // The layout folder is also the output folder, and one of its files is called review.md.
        CliRunner.Run("layout", "export", "--name", "review", _tree.PathOf("out"));
        File.Move(_tree.PathOf("out/README.md"), _tree.PathOf("out/review.md"));
        var files = _tree.Files("out");
        var refused = CliRunner.Run("review", _tree.PathOf("in"), "--out", _tree.PathOf("out"), "--format", "pdf,md", "--layout", _tree.PathOf("out"));
        Assert.Equal(ExitCodes.UsageError, refused.ExitCode);
        Assert.Contains("is an input file", refused.Err);
        Assert.Equal(files, _tree.Files("out"));
    }

    [Fact]
    public void The_pack_carries_the_fingerprint_of_its_valid_inputs_and_a_changed_input_changes_it()
    {
        Review("out", "--format", "pdf,docx");
        // Independent computation: SHA-256 over the sorted SHA-256 hex of every valid input file, one per line.
        string Expected()
        {
            var hashes = Directory.GetFiles(_tree.PathOf("in"), "*.yaml", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith("broken-", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("no-title", StringComparison.Ordinal))
                .Select(f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
                .Order(StringComparer.Ordinal);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Concat(hashes.Select(h => h + "\n")))));
        }
        var expected = Expected();
        var custom = Tool("pdfinfo", "-custom", _tree.PathOf("out/review.pdf"));
        Assert.Contains(expected, custom);
        Assert.Contains("Source " + expected[..12], Words(PdfText(_tree.PathOf("out/review.pdf"))));

        var first = Directory.GetFiles(_tree.PathOf("in"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(f => !Path.GetFileName(f).StartsWith("broken-", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("no-title", StringComparison.Ordinal));
        File.AppendAllText(first, "# reviewed again\n");
        Review("out2", "--format", "pdf");
        var changed = Expected();
        Assert.NotEqual(expected, changed);
        Assert.Contains(changed, Tool("pdfinfo", "-custom", _tree.PathOf("out2/review.pdf")));
    }

    private static string Section(string md, string start, string end)
    {
        var from = md.IndexOf(start, StringComparison.Ordinal);
        return md[from..md.IndexOf(end, from, StringComparison.Ordinal)];
    }

    /// <summary>The text with every run of white space made one space (pdftotext breaks a card's label over lines).</summary>
    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ") + " ";

    private static string Tool(string tool, params string[] arguments)
    {
        var psi = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static string PdfText(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext", ["-raw", pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
