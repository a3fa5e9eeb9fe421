using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Engine;

namespace ReportGen.Pdf.Tests.Signing;

/// <summary>Decisions and comments in the PDF's sign-off table: a decision is a pill in its theme tone (a theme that
/// restyles the tone restyles the pill), each cell's last line sits on the row's line even when a cell wraps, and a
/// comment is a table row of its own under its signer.</summary>
public sealed class SignOffDecisionTests
{
    private static readonly SignOffBlock SignOff = new(
    [
        new SignOffEntry("Priya Raman", "VP Engineering", "2026-03-18")
        {
            Decision = "Approved", DecisionTone = "decision-approved", SignatureField = "signoff.approvals[0]",
            Comment = [new TextInline("Ship A3 first.")],
        },
        new SignOffEntry("Luis Ortega", "Director of Payments and Risk Engineering", "2026-03-19")
        {
            Decision = "Changes requested", DecisionTone = "decision-changes_requested", SignatureField = "signoff.approvals[1]",
        },
    ])
    {
        Columns = [new(SignOffField.Name, "Name"), new(SignOffField.Role, "Role"), new(SignOffField.Decision, "Decision"),
                   new(SignOffField.Signature, "Signature"), new(SignOffField.Date, "Date"), new(SignOffField.Comment, "Comment")],
    };

    private static RecordingCanvas Page(Theme theme) => Paginated.Of(Paginated.Document(SignOff) with { Theme = theme }).Pages[0];

    [Theory]
    [InlineData("Approved", "decision-approved")]
    [InlineData("Changes requested", "decision-changes_requested")]
    public void A_decision_is_a_pill_in_its_tone_on_one_line(string decision, string tone)
    {
        var page = Page(new Theme());
        var colours = new Theme().Tones[tone];
        var text = Assert.Single(page.Texts(), t => t.Text == decision); // one run: the column is wide enough
        Assert.Equal(colours.Text, text.Run.Color);
        Assert.Contains(page.Commands.OfType<FillRectCommand>(), f => f.Color == colours.Fill && f.Box.X <= text.Bounds.X
            && f.Box.Right >= text.Bounds.Right && f.Box.Y <= text.Bounds.Y && f.Box.Bottom >= text.Bounds.Bottom);
    }

    [Fact]
    public void A_decisions_text_shares_the_baseline_of_the_other_text_in_its_row_and_its_pill_stays_in_the_cell()
    {
        var page = Page(new Theme());
        var texts = page.Texts().ToList();
        foreach (var (name, decision, date) in new[] { ("Priya Raman", "Approved", "2026-03-18"), ("Luis Ortega", "Changes requested", "2026-03-19") })
        {
            var baseline = texts.Single(t => t.Text == name).Run.Y[0];
            var badge = texts.Single(t => t.Text == decision);
            Assert.Equal(baseline, badge.Run.Y[0], 2); // before: the pill's box sat on the line, its text 1 pt above
            Assert.Equal(baseline, texts.Single(t => t.Text == date).Run.Y[0], 2);
            var cell = page.Commands.OfType<StructureBeginCommand>().Single(c => c.Tag.Role == StructureRole.TableCell
                && c.Box.X <= badge.Bounds.X && c.Box.Right >= badge.Bounds.Right && c.Box.Y <= badge.Bounds.Y && c.Box.Bottom >= badge.Bounds.Bottom);
            var pill = page.Commands.OfType<FillRectCommand>().Single(f => f.Box.X <= badge.Bounds.X && f.Box.Right >= badge.Bounds.Right
                && f.Box.Y <= badge.Bounds.Y && f.Box.Bottom >= badge.Bounds.Bottom && f.Box.Width < cell.Box.Width);
            Assert.True(pill.Box.Bottom <= cell.Box.Bottom + 0.01f, $"the pill {pill.Box} reaches out of its cell {cell.Box}");
        }
    }

    [Fact]
    public void A_theme_that_restyles_a_decision_tone_restyles_the_pill()
    {
        var purple = new Tone(RgbColor.Parse("#F4EBFF"), RgbColor.Parse("#53389E"));
        var theme = new Theme { Tones = new Dictionary<string, Tone>(Theme.DefaultTones) { ["decision-approved"] = purple } };
        var page = Page(theme);
        Assert.Equal(purple.Text, page.Texts().Single(t => t.Text == "Approved").Run.Color);
        Assert.Contains(page.Commands.OfType<FillRectCommand>(), f => f.Color == purple.Fill);
    }

    [Fact]
    public void Wrapped_text_ends_on_the_rows_line_and_the_comment_is_a_row_of_its_own()
    {
        var page = Page(new Theme());
        var texts = page.Texts().ToList();
        var name = texts.Single(t => t.Text == "Luis Ortega");
        var roleLines = texts.Where(t => t.Run.Y[0] > texts.Single(x => x.Text == "Name").Run.Y[0] && t.Bounds.X > name.Bounds.Right
            && ("Director of Payments and Risk Engineering".Contains(t.Text, StringComparison.Ordinal))).ToList();
        Assert.True(roleLines.Count >= 2, "the long role wraps: " + string.Join(" | ", roleLines.Select(t => t.Text)));
        Assert.Equal(name.Run.Y[0], roleLines.Max(t => t.Run.Y[0]), 1); // its last line on the name's baseline
        Assert.Equal(name.Run.Y[0], texts.Single(t => t.Text == "2026-03-19").Run.Y[0], 1);

        var rows = page.Commands.OfType<StructureBeginCommand>().Where(c => c.Tag.Role == StructureRole.TableRow && ReferenceEquals(c.Tag.Owner, SignOff))
            .Select(c => c.Tag.Row).ToList();
        Assert.Equal([0, 1, 2, 3], rows); // header, Priya Raman, her comment, Luis Ortega
        var comment = page.Commands.OfType<StructureBeginCommand>().Single(c => c.Tag.Role == StructureRole.TableCell && c.Tag.Row == 2);
        Assert.Contains(texts, t => t.Text.Contains("Ship A3 first.", StringComparison.Ordinal) && t.Bounds.Y >= comment.Box.Y - 0.5f && t.Bounds.Bottom <= comment.Box.Bottom + 0.5f);
    }
}
