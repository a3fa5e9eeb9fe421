using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The sign-off table, as in the .docx: the layout's column labels in a tinted header row, then one row per
/// signer tall enough to sign in, text set at the bottom of its cell on the row's rule. Columns take the shares
/// <see cref="SignOffColumn.WidthWeight"/> gives them. A decision is a pill in its theme tone; a signer with a signature
/// field gets a tinted Signature cell that is the field (see <see cref="SignatureFieldElement"/>); a comment is a line
/// of its own under the signer's row. Kept on one page.</summary>
internal static class SignOffBuilder
{
    /// <summary>Height of a signer's row: room for a handwritten signature (about 1.1 cm, as in the .docx).</summary>
    private const float SignatureHeight = 31;

    /// <summary>Height of a row with a signature field: the place to sign also takes a reader's signature appearance
    /// (as tall as the .docx's signature line picture).</summary>
    internal const float FieldHeight = 44;

    public static Element Build(SignOffBlock signOff, RenderContext context)
    {
        var styles = context.Styles;
        var columns = signOff.Cells;
        var header = new BoxElement(Row(signOff, 0, null, columns.Select(c => c.Label).ToList(), styles.TableHeaderText, context, 0),
            new BoxStyle { Fill = styles.Colors.TableHeader, BottomRule = styles.Colors.Muted, BottomRuleWidth = 0.75f });
        var rows = new List<Element>(signOff.Entries.Count);
        var index = 1; // table rows in reading order, as the .docx has them: header 0, then signers and their comments
        foreach (var entry in signOff.Entries)
        {
            var texts = columns.Select(c => c.TextOf(entry)).ToList();
            var height = entry.SignatureField is not null && columns.Any(c => c.Field == SignOffField.Signature) ? FieldHeight : SignatureHeight;
            Element row = Row(signOff, index++, entry, texts, styles.TableText, context, height);
            if (signOff.ShowsComments && entry.Comment.Count > 0)
            {
                var comment = TableBuilder.Tag(Comment(signOff, entry, context), StructureRole.TableCell, signOff, index, 0,
                    columnSpan: signOff.Cells.Count);
                row = new ColumnElement([new ColumnItem(row), new ColumnItem(TableBuilder.Tag(comment, StructureRole.TableRow, signOff, index++, -1))]);
            }
            rows.Add(new BoxElement(row, new BoxStyle { BottomRule = styles.Colors.Rule }));
        }
        return new KeepTogetherElement(new TableElement(header, rows));
    }

    private static Element Row(SignOffBlock signOff, int index, SignOffEntry? entry, IReadOnlyList<string> texts, TextStyle style,
        RenderContext context, float height)
    {
        var styles = context.Styles;
        var columns = signOff.Cells;
        var contents = new Element?[texts.Count];
        for (var c = 0; c < texts.Count; c++)
        {
            if (entry is { SignatureField: not null } && columns[c].Field == SignOffField.Signature)
                continue; // the signature field's cell, made below
            var tone = entry is not null && columns[c].Field == SignOffField.Decision ? context.Document.Theme.FindTone(entry.DecisionTone) : null;
            contents[c] = tone is null
                ? context.Text(texts[c], style, styles.TightText)
                : new BadgeElement(context.Text(texts[c], style with { Role = FontRole.Bold, Color = tone.Text }, styles.TightText), tone.Fill, 4, 1);
        }
        // Every cell's last line of text on one line at the bottom of the row: text that wraps grows upwards, and a
        // decision's text shares the baseline of its neighbours'. The deepest cell (a pill reaches below its text) sets
        // how far above the bottom that line is, so nothing reaches past the cell's padding.
        var depth = contents.Max(e => e is null ? 0 : BottomAlignElement.DepthBelowLastBaseline(e));
        var cells = new List<RowItem>(texts.Count);
        for (var c = 0; c < texts.Count; c++)
        {
            var weight = (float)columns[c].WidthWeight;
            if (contents[c] is not { } text)
            {
                // The whole cell is the place to sign, and the signature field's widget covers exactly that cell.
                var place = new SignatureFieldElement(entry!.SignatureField!, Description(entry), height, styles.Colors.SignatureField, styles.Colors.Muted);
                cells.Add(new RowItem(TableBuilder.Tag(place, StructureRole.TableCell, signOff, index, c), Weight: weight));
                continue;
            }
            Element content = new BottomAlignElement(text, Math.Max(0, height - 2 * styles.CellPaddingY), depth);
            content = new PaddingElement(content, styles.CellPaddingX, styles.CellPaddingY, styles.CellPaddingX, styles.CellPaddingY);
            cells.Add(new RowItem(TableBuilder.Tag(content, StructureRole.TableCell, signOff, index, c), Weight: weight));
        }
        return TableBuilder.Tag(new RowElement(cells), StructureRole.TableRow, signOff, index, -1);
    }

    /// <summary>"Comment: …" (the layout's label for the column) across the table under the signer's row.</summary>
    private static Element Comment(SignOffBlock signOff, SignOffEntry entry, RenderContext context)
    {
        var styles = context.Styles;
        var label = signOff.Columns.First(c => c.Field == SignOffField.Comment).Label;
        Inline[] inlines = [new EmphasisInline([new TextInline(label + ": ")]), .. entry.Comment];
        var text = context.Text(inlines, styles.TableText, styles.TightText);
        return new PaddingElement(text, styles.CellPaddingX, 0, styles.CellPaddingX, styles.CellPaddingY + 1);
    }

    /// <summary>What a reader and a screen reader say for a signature field: whose signature it takes.</summary>
    internal static string Description(SignOffEntry entry) =>
        entry.Role.Length > 0 ? $"Signature of {entry.Name}, {entry.Role}" : $"Signature of {entry.Name}";
}
