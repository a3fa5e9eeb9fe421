using System.Globalization;
using ReportGen.Core.Loading;
using ReportGen.Core.Review;
using ReportGen.Core.Tests.Support;

namespace ReportGen.Core.Tests.Review;

/// <summary>incidents.csv and action-items.csv: RFC 4180, a header row, the figures of every record, and cells a
/// spreadsheet would run as formulas neutralised.</summary>
public sealed class ReviewCsvTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2026, 6, 30);

    [Fact]
    public void Incidents_csv_has_one_record_per_incident_with_its_figures()
    {
        var rows = CsvReader.Rows(ReviewCsv.Incidents(fixture.Build(new ReviewRequest(From, To))));
        var period = Expected.InPeriod(fixture.Specs, From, To);
        var asOf = Expected.AsOf(fixture.Specs);
        Assert.Equal(period.Select(s => s.Id), rows.Select(r => r["id"]));
        foreach (var (spec, row) in period.Zip(rows))
        {
            Assert.Equal(spec.File, row["file"]);
            Assert.Equal(spec.Title, row["title"]);
            Assert.Equal(spec.Severity, row["severity"]);
            Assert.Equal(spec.Status, row["status"]);
            Assert.Equal(spec.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["date"]);
            Assert.Equal(spec.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), row["started_at"]);
            Assert.Equal(Minutes(spec.DetectAfter), row["time_to_detect_min"]);
            Assert.Equal(Minutes(spec.MitigateAfter), row["time_to_mitigate_min"]);
            Assert.Equal(Minutes(spec.ResolveAfter), row["time_to_resolve_min"]);
            Assert.Equal(spec.External ? "yes" : "no", row["customer_facing"]);
            Assert.Equal(Expected.ResolvedDate(spec) is { } r ? (asOf.DayNumber - r.DayNumber).ToString(CultureInfo.InvariantCulture) : "",
                row["days_since_resolution"]);
            Assert.Equal(spec.Items.Length.ToString(CultureInfo.InvariantCulture), row["action_items"]);
            Assert.Equal(spec.Items.Count(a => Expected.IsOpen(a) && a.Due < asOf).ToString(CultureInfo.InvariantCulture), row["action_items_overdue"]);
            Assert.Equal(string.Join("; ", spec.Services.Select(s => s.Trim())), row["services"]);
        }
    }

    [Fact]
    public void Action_items_csv_has_one_record_per_item_judged_on_as_of()
    {
        var rows = CsvReader.Rows(ReviewCsv.ActionItems(fixture.Build(new ReviewRequest(From, To))));
        var period = Expected.InPeriod(fixture.Specs, From, To);
        var asOf = Expected.AsOf(fixture.Specs);
        var items = period.SelectMany(s => s.Items.Select(a => (s, a))).ToList();
        Assert.Equal(items.Count, rows.Count);
        foreach (var ((spec, item), row) in items.Zip(rows))
        {
            Assert.Equal(spec.Id, row["incident_id"]);
            Assert.Equal(item.Id, row["id"]);
            Assert.Equal(item.Owner.Trim(), row["owner"]);
            Assert.Equal(item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["due"]);
            Assert.Equal(item.Priority, row["priority"]);
            Assert.Equal(item.Status, row["status"]);
            var overdue = Expected.IsOpen(item) && item.Due < asOf;
            Assert.Equal(overdue ? "yes" : "no", row["overdue"]);
            Assert.Equal(overdue ? (asOf.DayNumber - item.Due.DayNumber).ToString(CultureInfo.InvariantCulture) : "", row["days_overdue"]);
            Assert.Equal(item.Tracker ?? "", row["tracker"]);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string title)
    {
        var bytes = new CsvTable("title", "n").Row(title, "1").ToBytes();
        var records = CsvReader.Read(bytes);
        Assert.Equal("'" + title, records[1][0]);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_read_back_exactly()
    {
        const string tricky = "Checkout, \"cart\" and\r\nsearch\nwent down";
        var records = CsvReader.Read(new CsvTable("a", "b").Row(tricky, "plain").Row(null, "").ToBytes());
        Assert.Equal(["a", "b"], records[0]);
        Assert.Equal([tricky, "plain"], records[1]);
        Assert.Equal(["", ""], records[2]);
        Assert.Equal("\"x,y\"", CsvTable.Field("x,y"));
        Assert.Equal("plain", CsvTable.Field("plain"));
    }

    [Fact]
    public void A_hostile_title_and_owner_in_an_incident_file_come_out_as_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("evil.yaml", """
            id: "=cmd|' /C calc'!A0"
            title: "=HYPERLINK(""https://evil.example"")"
            severity: low
            status: draft
            started_at: 2026-03-14T09:12:00Z
            timeline:
              - at: "09:12"
                event: x
            action_items:
              - id: A1
                action: "@SUM(1+1)"
                owner: "+Team"
                due: 2026-03-20
                priority: P2
            """.Replace("\"\"", "\\\"", StringComparison.Ordinal));
        var loaded = IncidentLoader.Load(path);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var incident = ReviewIncident.From(new ReviewSource("evil.yaml", "evil", ""), loaded.Incident!, loaded.Figures!);
        var portfolio = PortfolioBuilder.Build(new ReviewRequest(), [incident], []);
        var row = CsvReader.Rows(ReviewCsv.Incidents(portfolio)).Single();
        Assert.Equal("'=cmd|' /C calc'!A0", row["id"]);
        Assert.StartsWith("'=HYPERLINK(", row["title"], StringComparison.Ordinal);
        var item = CsvReader.Rows(ReviewCsv.ActionItems(portfolio)).Single();
        Assert.Equal("'@SUM(1+1)", item["action"]);
        Assert.Equal("'+Team", item["owner"]);
    }

    private static string Minutes(int? minutes) => minutes?.ToString(CultureInfo.InvariantCulture) ?? "";
}
