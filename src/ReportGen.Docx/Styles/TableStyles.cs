using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using static ReportGen.Docx.Styles.StyleFactory;

namespace ReportGen.Docx.Styles;

/// <summary>Table styles: the plain default, the report's data table (header row, banding), the callout box and the
/// key-figures strip. Restyling one of them in Word restyles every table of that kind.</summary>
internal static class TableStyles
{
    /// <summary>Every table style.</summary>
    public static IEnumerable<Style> Create(Theme theme)
    {
        var c = theme.Colors;
        var normal = Build(StyleValues.Table, StyleIds.TableNormal, "Normal Table", null, null, 99, style =>
            style.StyleTableProperties = new StyleTableProperties
            {
                TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                TableCellMarginDefault = CellMargins(108, 0),
            });
        normal.Default = true;
        yield return normal;

        yield return Build(StyleValues.Table, StyleIds.ReportTable, "Report Table", StyleIds.TableNormal, null, 40, style =>
        {
            style.StyleParagraphProperties = new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0, 1.0) };
            style.StyleRunProperties = Run(size: theme.Sizes.Small);
            style.StyleTableProperties = new StyleTableProperties
            {
                TableStyleRowBandSize = new TableStyleRowBandSize { Val = 1 },
                TableBorders = new TableBorders
                {
                    TopBorder = Border<TopBorder>(c.Rule, 0.5),
                    BottomBorder = Border<BottomBorder>(c.Rule, 0.5),
                    InsideHorizontalBorder = Border<InsideHorizontalBorder>(c.Rule, 0.5),
                },
                TableCellMarginDefault = CellMargins(100, 50),
            };
            style.Append(
                Conditional(TableStyleOverrideValues.FirstRow, c.TableHeader, bold: true, c.Heading,
                    new TableCellBorders { BottomBorder = Border<BottomBorder>(c.Muted, 0.75) }),
                Conditional(TableStyleOverrideValues.Band2Horizontal, c.TableBand, bold: false, null, null));
        });

        yield return Build(StyleValues.Table, StyleIds.CalloutBox, "Callout Box", StyleIds.TableNormal, null, 41, style =>
        {
            style.StyleTableProperties = new StyleTableProperties
            {
                TableBorders = new TableBorders { LeftBorder = Border<LeftBorder>(c.Accent, 3) },
                TableCellMarginDefault = CellMargins(180, 100),
            };
            style.StyleTableCellProperties = new StyleTableCellProperties { Shading = Fill(c.CalloutBackground) };
        });

        yield return Build(StyleValues.Table, StyleIds.KeyFiguresTable, "Key Figures", StyleIds.TableNormal, null, 42, style =>
        {
            style.StyleTableProperties = new StyleTableProperties
            {
                TableBorders = new TableBorders
                {
                    TopBorder = Border<TopBorder>(c.Rule, 0.5),
                    BottomBorder = Border<BottomBorder>(c.Rule, 0.5),
                    InsideVerticalBorder = Border<InsideVerticalBorder>(c.Rule, 0.5),
                },
                TableCellMarginDefault = CellMargins(120, 80),
            };
        });
    }

    private static TableCellMarginDefault CellMargins(int sides, int topBottom) => new()
    {
        TopMargin = new TopMargin { Width = topBottom.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        TableCellLeftMargin = new TableCellLeftMargin { Width = (short)sides, Type = TableWidthValues.Dxa },
        BottomMargin = new BottomMargin { Width = topBottom.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        TableCellRightMargin = new TableCellRightMargin { Width = (short)sides, Type = TableWidthValues.Dxa },
    };

    private static TableStyleProperties Conditional(TableStyleOverrideValues type, RgbColor fill, bool bold, RgbColor? color,
        TableCellBorders? borders)
    {
        var props = new TableStyleProperties { Type = type };
        if (bold || color is not null)
        {
            var run = new RunPropertiesBaseStyle();
            if (bold) run.Bold = new Bold();
            if (color is { } c) run.Color = new Color { Val = c.Hex };
            props.Append(run);
        }
        var cell = new TableStyleConditionalFormattingTableCellProperties();
        if (borders is not null) cell.Append(borders);
        cell.Append(Fill(fill));
        props.Append(cell);
        return props;
    }
}
