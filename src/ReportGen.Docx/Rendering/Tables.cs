using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering;

/// <summary>The skeleton every table shares: a named table style, fixed column grid, rows that never split.</summary>
internal static class Tables
{
    /// <summary>A table in <paramref name="styleId"/> with the given column widths (twips).</summary>
    public static Table Create(string styleId, IReadOnlyList<int> widths, bool headerRow, bool banded)
    {
        var look = new TableLook
        {
            Val = ((headerRow ? 0x0020 : 0) | (banded ? 0 : 0x0200) | 0x0400).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            FirstRow = headerRow,
            LastRow = false,
            FirstColumn = false,
            LastColumn = false,
            NoHorizontalBand = !banded,
            NoVerticalBand = true,
        };
        var table = new Table(new TableProperties(
            new TableStyle { Val = styleId },
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            look));
        table.AppendChild(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        return table;
    }

    /// <summary>A row that moves to the next page whole; a header row also repeats on every page.</summary>
    public static TableRow Row(bool header = false, int? minHeightTwips = null)
    {
        var props = new TableRowProperties(new CantSplit());
        if (minHeightTwips is { } h)
            props.AppendChild(new TableRowHeight { Val = (uint)h, HeightType = HeightRuleValues.AtLeast });
        if (header)
            props.AppendChild(new TableHeader());
        return new TableRow(props);
    }

    /// <summary>An empty cell of a width (twips), filled with a tone's colour when given.</summary>
    public static TableCell Cell(int width, Tone? tone = null)
    {
        var props = new TableCellProperties(new TableCellWidth
        {
            Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (tone is not null)
            props.AppendChild(StyleFactory.Fill(tone.Fill));
        return new TableCell(props);
    }

    /// <summary>Word requires every cell to end with a paragraph.</summary>
    public static void EnsureEndsWithParagraph(TableCell cell)
    {
        if (cell.LastChild is not Paragraph)
            cell.AppendChild(new Paragraph());
    }

    /// <summary>A small empty paragraph after a table, so two tables never fuse and text does not touch the border; it
    /// is <paramref name="heightPoints"/> tall (the theme's block gap).</summary>
    public static Paragraph Spacer(double heightPoints)
    {
        var paragraph = new Paragraph();
        var props = paragraph.Properties();
        var line = Math.Max(20, Units.Twips(heightPoints)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        props.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = line, LineRule = LineSpacingRuleValues.Exact };
        props.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "8" });
        return paragraph;
    }

    /// <summary>The paragraph justification for a column alignment, or null for left.</summary>
    public static Justification? Align(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Center => new Justification { Val = JustificationValues.Center },
        ColumnAlignment.Right => new Justification { Val = JustificationValues.Right },
        _ => null,
    };

    /// <summary>Appends the element unless it is null.</summary>
    public static void AppendIf(this OpenXmlCompositeElement parent, OpenXmlElement? child)
    {
        if (child is not null)
            parent.AppendChild(child);
    }
}
