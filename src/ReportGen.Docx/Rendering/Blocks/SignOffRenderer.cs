using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The sign-off table: name, role, an empty signature box tall enough to sign, and the date (blank when not
/// yet signed).</summary>
internal sealed class SignOffRenderer : BlockRenderer<SignOffBlock>
{
    private const int SignatureRowHeight = 620; // twips: about 1.1 cm, room for a handwritten signature
    private static readonly string[] Headers = ["Name", "Role", "Signature", "Date"];
    private static readonly double[] Weights = [3, 2.2, 3.4, 1.6];

    /// <inheritdoc/>
    protected override void Write(DocxContext context, SignOffBlock block)
    {
        var total = Units.Twips(context.AvailableWidth);
        var widths = Weights.Select(w => (int)(total * w / Weights.Sum())).ToArray();
        widths[^1] += total - widths.Sum();
        var table = Tables.Create(StyleIds.ReportTable, widths, headerRow: true, banded: false);
        table.AppendChild(Row(context, widths, Headers, header: true));
        foreach (var entry in block.Entries)
            table.AppendChild(Row(context, widths, [entry.Name, entry.Role, "", entry.Date ?? ""], header: false));
        context.Append(table);
        context.Append(Tables.Spacer());
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(DocxContext context, int[] widths, string[] texts, bool header)
    {
        var row = Tables.Row(header, header ? null : SignatureRowHeight);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = Tables.Cell(widths[i]);
            if (!header)
                cell.TableCellProperties!.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom });
            var paragraph = new Paragraph();
            if (header)
                paragraph.Properties().KeepNext = new KeepNext();
            context.Inlines.AppendRun(paragraph, texts[i], default);
            cell.AppendChild(paragraph);
            row.AppendChild(cell);
        }
        return row;
    }
}
