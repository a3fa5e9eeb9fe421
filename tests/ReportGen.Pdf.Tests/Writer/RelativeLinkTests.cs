using System.Text.Json;
using ReportGen.Document;
using ReportGen.Pdf.Tests.PostProcessing;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>A link to a PDF beside the document (a review's link to an incident's report) opens that file with a
/// remote go-to action; only links that stay in the document's folder count as such.</summary>
public sealed class RelativeLinkTests
{
    [Theory]
    [InlineData("checkout-outage.pdf", true)]
    [InlineData("team-b/inc-001.pdf", true)]
    [InlineData("my%20report.pdf", true)]
    [InlineData("notes.txt", false)]
    [InlineData("../secret.pdf", false)]
    [InlineData("a/../../b.pdf", false)]
    [InlineData("/etc/report.pdf", false)]
    [InlineData("C:/reports/x.pdf", false)]
    [InlineData("a\\b.pdf", false)]
    [InlineData("https://example.com/x.pdf", false)]
    [InlineData("file:x.pdf", false)]
    [InlineData("#anchor", false)]
    [InlineData("a//b.pdf", false)]
    public void Only_links_into_the_documents_own_folder_are_local_pdfs(string url, bool local) =>
        Assert.Equal(local, RelativeLink.IsLocalPdf(url));

    [Fact]
    public void A_local_pdf_link_is_a_remote_go_to_and_a_web_link_stays_a_uri()
    {
        var document = new ReportDocument
        {
            Settings = new DocumentSettings { Title = "Links" },
            Theme = new Theme(),
            Blocks = [P(Link("team-b/my%20report.pdf", "INC-1"), T(" and "), Link("https://example.com/x", "web"))],
        };
        var json = PdfTools.Run("qpdf", SharedWriter.Pdf(document), "--json=2", "--json-key=qpdf", "{pdf}").Output;
        using var doc = JsonDocument.Parse(json);
        var actions = doc.RootElement.GetProperty("qpdf")[1].EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v : default)
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link")
            .Select(v => v.GetProperty("/A")).ToList();
        // A link is one annotation per word it covers, so count the targets, not the annotations.
        var remote = actions.Where(a => a.GetProperty("/S").GetString() == "/GoToR").ToList();
        Assert.NotEmpty(remote);
        Assert.All(remote, a =>
        {
            Assert.Equal("u:team-b/my report.pdf", a.GetProperty("/F").GetProperty("/UF").GetString());
            Assert.Equal("/Filespec", a.GetProperty("/F").GetProperty("/Type").GetString());
        });
        Assert.Equal(["u:https://example.com/x"], actions.Where(a => a.GetProperty("/S").GetString() == "/URI")
            .Select(a => a.GetProperty("/URI").GetString()).Distinct());
    }
}
