using ReportGen.Document;
using ReportGen.Pdf.Composition;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Tests.Engine;
using ReportGen.Pdf.Tests.Fixtures;
using static ReportGen.Testing.Md;

namespace ReportGen.Pdf.Tests.Writer;

/// <summary>The PDF draws each block from the block's own data and the theme: the title block's badges are the
/// block's, never guessed from the metadata keywords; spacing, callout tones and key figures per row come from the
/// theme; an unknown block is left out with the same warning the .docx gives.</summary>
public class BlockTests
{
    private static PaginatedDocument Layout(Theme theme, params Block[] blocks) =>
        Paginated.Of(Paginated.Document(blocks) with { Theme = theme });

    [Fact]
    public void Title_block_shows_its_own_kicker_title_and_badges_in_their_tones()
    {
        var title = new TitleBlock("INC-9", [T("Queue stalled")], [new Badge("Severity: Low", "severity-low"), new Badge("In review", "status-review")]);
        // Keywords that once decided the badges: they are metadata only now.
        var document = Paginated.Document(title, P("Body.")) with
        {
            Settings = ReportFixtures.Settings() with { Keywords = ["critical", "final"] },
        };
        var layout = Paginated.Of(document);
        var page = layout.Pages[0];
        var texts = page.BodyTexts(layout.Geometry).Select(t => t.Text).ToList();
        Assert.Equal(["INC-9", "Queue stalled", "Severity: Low", "In review", "Body."], texts);
        Assert.DoesNotContain(texts, t => t.Contains("CRITICAL", StringComparison.OrdinalIgnoreCase) || t == "FINAL");
        var fills = page.Commands.OfType<FillRectCommand>().Select(f => f.Color).ToList();
        Assert.Contains(Theme.DefaultTones["severity-low"].Fill, fills);
        Assert.Contains(Theme.DefaultTones["status-review"].Fill, fills);
        var low = page.Texts().Single(t => t.Text == "Severity: Low");
        Assert.Equal(Theme.DefaultTones["severity-low"].Text, low.Run.Color);
    }

    [Fact]
    public void Without_a_title_block_page_one_has_the_running_header_and_no_title()
    {
        var layout = Paginated.Of(P("Only a paragraph."));
        var header = layout.Pages[0].Texts().Where(t => t.Bounds.Bottom < layout.Geometry.Top).Select(t => t.Text).ToList();
        Assert.Contains(ReportFixtures.Settings().HeaderLeft, header); // the running header, since no title block opens the page
        Assert.Equal(["Only a paragraph."], layout.Pages[0].BodyTexts(layout.Geometry).Select(t => t.Text));
    }

    [Fact]
    public void Heading_gaps_come_from_the_theme()
    {
        Block[] blocks = [P("Before."), H(1, "Section")];
        float HeadingTop(Theme theme) => Layout(theme, blocks).Pages[0].Texts().Single(t => t.Text == "Section").Bounds.Y;
        var normal = HeadingTop(new Theme());
        var airy = HeadingTop(new Theme { Spacing = new ThemeSpacing { Heading1Before = 50 } });
        Assert.Equal(30, airy - normal, 2); // 50 instead of the default 20
    }

    [Fact]
    public void Callout_accent_is_the_tone_the_theme_gives_its_kind()
    {
        var theme = new Theme { CalloutTones = new Dictionary<string, string> { ["note"] = "priority-p0" } };
        var callout = new CalloutBlock("note", "Heads up", [P("Inside.")]);
        var fills = Layout(theme, callout).Pages[0].Commands.OfType<FillRectCommand>().Select(f => f.Color).ToList();
        Assert.Contains(Theme.DefaultTones["priority-p0"].Fill, fills);
        var plain = Layout(new Theme(), callout).Pages[0].Commands.OfType<FillRectCommand>().Select(f => f.Color).ToList();
        Assert.DoesNotContain(Theme.DefaultTones["priority-p0"].Fill, plain);
        Assert.Contains(new Theme().Colors.Accent, plain);
    }

    [Theory]
    [InlineData(4, new[] { 3, 3 })]
    [InlineData(6, new[] { 6 })]
    [InlineData(2, new[] { 2, 2, 2 })]
    public void Key_figures_fill_balanced_rows_of_the_themes_width(int perRow, int[] rows)
    {
        var figures = new KeyFiguresBlock(Enumerable.Range(1, 6).Select(i => new KeyFigure($"Figure {i}", $"{i} min")).ToList());
        var labels = Layout(new Theme { KeyFiguresPerRow = perRow }, figures).Pages[0].Texts()
            .Where(t => t.Text.StartsWith("Figure ", StringComparison.Ordinal)).ToList();
        Assert.Equal(rows, labels.GroupBy(l => MathF.Round(l.Bounds.Y)).Select(g => g.Count()));
        Assert.Equal("Figure 1", labels[0].Text); // labels read as written: no case change
    }

    [Fact]
    public void Sign_off_is_a_table_with_the_layouts_columns()
    {
        var signOff = new SignOffBlock([new SignOffEntry("Dana Kim", "Facilitator", "2026-03-18")])
        {
            Columns = [new(SignOffField.Name, "Wer"), new(SignOffField.Role, "Rolle"), new(SignOffField.Signature, "Unterschrift")],
        };
        var layout = Paginated.Of(signOff);
        var page = layout.Pages[0];
        var cells = page.Commands.OfType<StructureBeginCommand>().Where(c => c.Tag.Role == StructureRole.TableCell).ToList();
        Assert.Equal(6, cells.Count); // header and one signer, three columns each
        Assert.Equal(["Wer", "Rolle", "Unterschrift", "Dana Kim", "Facilitator"], page.BodyTexts(layout.Geometry).Select(t => t.Text));
        Assert.DoesNotContain(page.Texts(), t => t.Text == "2026-03-18"); // no Date column asked for
        var widths = cells.Take(3).Select(c => c.Box.Width).ToArray();
        Assert.Equal(2.6 / 3.2, widths[0] / widths[2], 3); // the shares SignOffColumn.WidthWeight gives
    }

    private sealed record MysteryBlock : Block;

    [Fact]
    public void An_unknown_block_is_left_out_with_the_shared_warning_and_the_rest_is_drawn()
    {
        var mystery = new MysteryBlock { SourceLine = 12, Origin = new SourceReference("inc.yaml", 7, 3) { YamlPath = "summary" } };
        var layout = Paginated.Of(P("Before."), mystery, P("After."));
        var warning = Assert.Single(layout.Warnings);
        Assert.Equal(WriterMessages.UnknownBlock("PDF", mystery), warning.Message);
        Assert.Equal("inc.yaml:7:3: warning: " + warning.Message + " (summary)", warning.Headline); // the block's origin, not the Markdown
        Assert.Contains(layout.Pages[0].Texts(), t => t.Text == "After.");
    }

    [Fact]
    public void Every_block_type_of_the_model_has_a_builder()
    {
        var context = new RenderContext(Paginated.Document(), SharedWriter.Instance.Fonts);
        foreach (var block in AllBlocks.Samples())
        {
            BlockComposer.Build(block, context);
            Assert.True(context.Warnings.Count == 0, $"{block.GetType().Name}: {string.Join("; ", context.Warnings)}");
        }
    }
}
