using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;

namespace ReportGen.Docx.Tests;

/// <summary>Decisions and comments in the .docx sign-off table: each decision shaded and coloured in its theme tone,
/// a comment on a row of its own under its signer's row, spanning the table with no rule between the two.</summary>
public class SignOffDecisionTests
{
    private static readonly SignOffBlock SignOff = new(
    [
        new SignOffEntry("Dana Kim", "Facilitator", "2026-03-18") { SignatureField = "signoff.facilitated_by" },
        new SignOffEntry("Priya Raman", "VP Engineering", "2026-03-18")
        {
            Decision = "Approved", DecisionTone = "decision-approved",
            Comment = [new TextInline("Ship "), new StrongInline([new TextInline("A3")]), new TextInline(" first.")],
        },
        new SignOffEntry("Luis Ortega", "Director", null) { Decision = "Rejected", DecisionTone = "decision-rejected" },
    ])
    {
        Columns = [new(SignOffField.Name, "Name"), new(SignOffField.Role, "Role"), new(SignOffField.Decision, "Decision"),
                   new(SignOffField.Date, "Date"), new(SignOffField.Comment, "Comment")],
    };

    private static DocxFile Write() => DocxFile.Write(PostmortemFixture.Create(draft: false, extraBlocks: [SignOff]));

    private static TableRow RowOf(DocxFile docx, string start) =>
        docx.Body.Descendants<TableRow>().Single(r => DocxFile.TextOf(r).StartsWith(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("Priya Raman", "decision-approved")]
    [InlineData("Luis Ortega", "decision-rejected")]
    public void A_decision_is_a_badge_in_its_tone(string signer, string tone)
    {
        using var docx = Write();
        var colours = new Theme().Tones[tone];
        var decision = RowOf(docx, signer).Elements<TableCell>().ElementAt(2);
        Assert.Null(decision.TableCellProperties!.Shading); // a pill around the text, as in the PDF
        var run = decision.Descendants<Run>().Single();
        Assert.Equal(colours.Fill.Hex, run.RunProperties!.Shading!.Fill!.Value);
        Assert.Equal(colours.Text.Hex, run.RunProperties.Color!.Val!.Value);
        Assert.NotNull(run.RunProperties.Bold);
        Assert.Null(RowOf(docx, "Dana Kim").Elements<TableCell>().ElementAt(2).Descendants<Run>().FirstOrDefault()?.RunProperties?.Shading); // no decision
    }

    [Fact]
    public void A_comment_is_a_row_under_its_signer_across_the_table()
    {
        using var docx = Write();
        var rows = docx.Body.Descendants<Table>().Single(t => DocxFile.TextOf(t).Contains("Priya Raman", StringComparison.Ordinal))
            .Elements<TableRow>().ToList();
        Assert.Equal(["Name", "Dana Kim", "Priya Raman", "Comment: Ship A3 first.", "Luis Ortega"],
            rows.Select(r => DocxFile.TextOf(r.Elements<TableCell>().First())));
        var comment = rows[3].Elements<TableCell>().Single();
        Assert.Equal(4, comment.TableCellProperties!.GridSpan!.Val!.Value); // Name, Role, Decision, Date: Comment is no column
        Assert.Contains(comment.Descendants<Run>(), r => r.InnerText == "A3" && r.RunProperties?.Bold is not null);
        Assert.All(rows[2].Elements<TableCell>(), c => Assert.Equal(BorderValues.Nil, c.TableCellProperties!.TableCellBorders!.BottomBorder!.Val!.Value));
        Assert.Empty(docx.ValidationErrors());
    }
}
