using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The key figures strip: cards in rows as <see cref="KeyFigureRows"/> splits them (the theme's number per
/// row), each a small muted label over a large value; a figure with a tone gets an accent bar in the tone's colour.
/// Each card is tagged as a list item: the label, then the value.</summary>
internal static class KeyFiguresBuilder
{
    public static Element Build(KeyFiguresBlock block, RenderContext context)
    {
        var columns = KeyFigureRows.Columns(block.Figures.Count, context.Document.Theme.KeyFiguresPerRow);
        var rows = new List<ColumnItem>();
        foreach (var row in KeyFigureRows.Split(block.Figures, context.Document.Theme.KeyFiguresPerRow))
        {
            var cards = row.Select(f => new RowItem(Card(f, context))).ToList();
            while (cards.Count < columns)
                cards.Add(new RowItem(new SpacerElement(0)));
            rows.Add(new ColumnItem(new RowElement(cards, gap: 8, stretch: true), rows.Count == 0 ? 0 : 8));
        }
        return new KeepTogetherElement(new ColumnElement(rows));
    }

    private static Element Card(KeyFigure figure, RenderContext context)
    {
        var styles = context.Styles;
        var tone = context.Document.Theme.FindTone(figure.Tone);
        var label = context.Text(figure.Label, styles.Muted, styles.TightText);
        // Short values ("7 min") read as big numbers; a sentence-long value gets body size so the card stays compact.
        var scale = KeyFigureRows.IsLong(figure) ? 1.05f : 1.45f;
        var value = context.Text(figure.Value,
            styles.Body with { Role = FontRole.Bold, Size = styles.Body.Size * scale, Color = styles.Colors.Heading },
            styles.TightText);
        var column = new ColumnElement(
        [
            new ColumnItem(new StructureElement(label, new StructureTag(StructureRole.ListLabel, figure))),
            new ColumnItem(new StructureElement(value, new StructureTag(StructureRole.ListBody, figure)), 3),
        ]);
        return new StructureElement(Boxed(column, tone, styles), new StructureTag(StructureRole.ListItem, figure));
    }

    private static BoxElement Boxed(Element column, Tone? tone, PdfStyles styles) =>
        new BoxElement(new PaddingElement(column, tone is null ? 9 : 11, 8, 8, 8), new BoxStyle
        {
            Fill = styles.Colors.TableBand, Border = styles.Colors.Rule, BorderWidth = 0.6f, CornerRadius = 4,
            AccentBar = tone?.Fill, AccentBarWidth = 3, FillHeight = true,
        });
}
