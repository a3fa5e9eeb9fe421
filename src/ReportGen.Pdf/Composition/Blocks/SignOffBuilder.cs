using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The sign-off table, as in the .docx: the layout's column labels in a tinted header row, then one row per
/// signer tall enough to sign in, text set at the bottom of its cell on the row's rule. Columns take the shares
/// <see cref="SignOffColumn.WidthWeight"/> gives them. A signer with a signature field gets a tinted Signature cell that
/// is the field (see <see cref="SignatureFieldElement"/>). Kept on one page.</summary>
internal static class SignOffBuilder
{
    /// <summary>Height of a signer's row: room for a handwritten signature (about 1.1 cm, as in the .docx).</summary>
    private const float SignatureHeight = 31;

    public static Element Build(SignOffBlock signOff, RenderContext context)
    {
        var styles = context.Styles;
        var columns = signOff.Columns;
        var header = new BoxElement(Row(signOff, 0, columns.Select(c => c.Label).ToList(), styles.TableHeaderText, context, 0),
            new BoxStyle { Fill = styles.Colors.TableHeader, BottomRule = styles.Colors.Muted, BottomRuleWidth = 0.75f });
        var rows = new List<Element>(signOff.Entries.Count);
        for (var i = 0; i < signOff.Entries.Count; i++)
        {
            var texts = columns.Select(c => c.TextOf(signOff.Entries[i])).ToList();
            var row = Row(signOff, i + 1, texts, styles.TableText, context, SignatureHeight);
            rows.Add(new BoxElement(row, new BoxStyle { BottomRule = styles.Colors.Rule }));
        }
        return new KeepTogetherElement(new TableElement(header, rows));
    }

    private static Element Row(SignOffBlock signOff, int index, IReadOnlyList<string> texts, TextStyle style,
        RenderContext context, float height)
    {
        var styles = context.Styles;
        var cells = new List<RowItem>(texts.Count);
        for (var c = 0; c < texts.Count; c++)
        {
            if (index > 0 && signOff.Columns[c].Field == SignOffField.Signature && signOff.Entries[index - 1] is { SignatureField: { } field } entry)
            {
                // The whole cell is the place to sign, and the signature field's widget covers exactly that cell.
                var place = new SignatureFieldElement(field, Description(entry), height, styles.Colors.SignatureField, styles.Colors.Muted);
                cells.Add(new RowItem(TableBuilder.Tag(place, StructureRole.TableCell, signOff, index, c), Weight: (float)signOff.Columns[c].WidthWeight));
                continue;
            }
            var text = context.Text(texts[c], style, styles.TightText);
            var lineHeight = style.Size * styles.TightText.LineSpacing;
            Element content = new ColumnElement(
            [
                new ColumnItem(new SpacerElement(Math.Max(0, height - lineHeight - 2 * styles.CellPaddingY))),
                new ColumnItem(text),
            ]);
            content = new PaddingElement(content, styles.CellPaddingX, styles.CellPaddingY, styles.CellPaddingX, styles.CellPaddingY);
            cells.Add(new RowItem(TableBuilder.Tag(content, StructureRole.TableCell, signOff, index, c),
                Weight: (float)signOff.Columns[c].WidthWeight));
        }
        return TableBuilder.Tag(new RowElement(cells), StructureRole.TableRow, signOff, index, -1);
    }

    /// <summary>What a reader and a screen reader say for a signature field: whose signature it takes.</summary>
    internal static string Description(SignOffEntry entry) =>
        entry.Role.Length > 0 ? $"Signature of {entry.Name}, {entry.Role}" : $"Signature of {entry.Name}";
}
