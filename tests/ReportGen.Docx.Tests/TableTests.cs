using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace ReportGen.Docx.Tests;

/// <summary>Tables read well over page breaks and fit their content.</summary>
public class TableTests
{
    private static Table ActionTable(DocxFile docx) =>
        docx.TablesIn("ReportTable").Single(t => DocxFile.TextOf(t).StartsWith("IDAction", StringComparison.Ordinal));

    private static int[] GridWidths(Table table) =>
        table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Header_row_repeats_and_no_row_splits()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var rows = ActionTable(docx).Elements<WordRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Columns_fit_content_and_fill_the_text_width()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var widths = GridWidths(ActionTable(docx));
        var theme = new Theme();
        var textWidth = (int)Math.Round((theme.PageWidth - theme.Margins.Left - theme.Margins.Right) * 20);
        Assert.InRange(widths.Sum(), textWidth - 2, textWidth + 2);
        // ID and due date are narrow, the action text is the widest column.
        Assert.Equal(widths.Max(), widths[1]);
        Assert.True(widths[0] < widths[1] / 4, $"ID column {widths[0]} vs action {widths[1]}");
        Assert.True(widths[4] < widths[1] / 2, $"due column {widths[4]} vs action {widths[1]}");
    }

    [Fact]
    public void Width_weights_from_the_layout_win()
    {
        var table = new TableBlock([new(ColumnAlignment.Left, 1), new(ColumnAlignment.Left, 3)],
            Row(Cell("a"), Cell("b")), [Row(Cell("a long cell text that would otherwise win"), Cell("x"))]);
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Blocks = [table] });
        var widths = GridWidths(docx.TablesIn("ReportTable").Single());
        Assert.InRange(widths[1] / (double)widths[0], 2.95, 3.05);
    }

    [Fact]
    public void A_toned_cell_is_a_badge_around_its_text_not_a_shaded_cell()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var p0 = ActionTable(docx).Descendants<WordCell>().Single(c => DocxFile.TextOf(c) == "P0");
        var tone = Theme.DefaultTones["priority-p0"];
        Assert.Null(p0.TableCellProperties!.Shading); // the PDF draws a pill, not a filled cell
        var run = p0.Descendants<Run>().Single().RunProperties!;
        Assert.Equal(tone.Fill.Hex, run.Shading!.Fill!.Value);
        Assert.Equal(tone.Text.Hex, run.Color!.Val!.Value);
        Assert.NotNull(run.Bold);
        var plain = ActionTable(docx).Descendants<WordCell>().First(c => DocxFile.TextOf(c) == "Ravi Menon");
        Assert.Null(plain.TableCellProperties!.Shading);
        Assert.Null(plain.Descendants<Run>().Single().RunProperties?.Shading);
    }

    [Fact]
    public void Column_alignment_is_applied_to_cells()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var priority = ActionTable(docx).Descendants<WordCell>().Single(c => DocxFile.TextOf(c) == "P0");
        Assert.Equal(JustificationValues.Center, priority.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void Sign_off_has_a_row_per_signer_with_room_to_sign()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var table = docx.TablesIn("ReportTable").Last();
        var rows = table.Elements<WordRow>().Select(r => r.Elements<WordCell>().Select(DocxFile.TextOf).ToArray()).ToList();
        Assert.Equal(["Name", "Role", "Signature", "Date"], rows[0]);
        Assert.Equal(["Dana Whitfield", "Facilitator", "", "2024-03-18"], rows[1]);
        Assert.Equal(["Ravi Menon", "Reviewer", "", ""], rows[2]);
        Assert.Equal(4, rows.Count);
        var height = table.Elements<WordRow>().ElementAt(1).Descendants<TableRowHeight>().Single();
        Assert.True(height.Val!.Value >= 560, "a signature needs about a centimetre");
    }

    [Fact]
    public void Key_figures_show_labels_over_values_in_balanced_rows_of_the_themes_width()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create());
        var strip = docx.TablesIn("KeyFiguresTable").Single();
        var cells = strip.Descendants<WordCell>().ToList();
        // Five figures at the theme's four per row: two rows of three slots (3 + 2), as the PDF places them.
        Assert.Equal([3, 3], strip.Elements<WordRow>().Select(r => r.Elements<WordCell>().Count()));
        Assert.Equal(6, cells.Count);
        Assert.Equal(["Severity", "SEV-1"], cells[0].Elements<Paragraph>().Select(DocxFile.TextOf));
        Assert.Equal(Theme.DefaultTones["severity-critical"].Fill.Hex, cells[0].TableCellProperties!.Shading!.Fill!.Value);
        Assert.Null(cells[1].Descendants<Run>().First().RunProperties?.FontSize);

        using var five = DocxFile.Write(PostmortemFixture.Create() with { Theme = new Theme { KeyFiguresPerRow = 5 } });
        Assert.Equal([5], five.TablesIn("KeyFiguresTable").Single().Elements<WordRow>().Select(r => r.Elements<WordCell>().Count()));
    }

    [Fact]
    public void Long_key_figure_values_are_set_smaller()
    {
        var figures = new KeyFiguresBlock([new KeyFigure("Affected users", "about 48,000 EU customers attempted checkout")]);
        using var docx = DocxFile.Write(PostmortemFixture.Create() with { Blocks = [figures] });
        var value = docx.ParagraphsIn("KeyFigureValue").Single().Descendants<Run>().Single();
        Assert.Equal("22", value.RunProperties!.FontSize!.Val!.Value); // body 10 pt + 1, in half-points
    }
}
