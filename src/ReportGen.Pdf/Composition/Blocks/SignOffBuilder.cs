using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The sign-off block: one line per signer with name and role, a signature line and a date (printed when
/// known, a blank line otherwise). Kept on one page.</summary>
internal static class SignOffBuilder
{
    public static Element Build(SignOffBlock signOff, RenderContext context)
    {
        var styles = context.Styles;
        var rows = new List<ColumnItem>();
        foreach (var entry in signOff.Entries)
        {
            var who = new ColumnElement(
            [
                new ColumnItem(context.Text(entry.Name, styles.Body with { Role = FontRole.Bold }, styles.TightText)),
                new ColumnItem(context.Text(entry.Role, styles.Muted, styles.TightText), 1),
            ]);
            var row = new RowElement(
            [
                new RowItem(who, Weight: 3),
                new RowItem(entry.SignatureField is { } field ? Signable(entry, field, context) : SignatureField("Signature", null, context), Weight: 4),
                new RowItem(SignatureField("Date", entry.Date, context), Weight: 2),
            ], gap: 16);
            rows.Add(new ColumnItem(row, rows.Count == 0 ? 0 : 14));
        }
        return new KeepTogetherElement(new ColumnElement(rows));
    }

    /// <summary>The signature cell with a signable field over the place to sign.</summary>
    private static Element Signable(SignOffEntry entry, string field, RenderContext context)
    {
        var styles = context.Styles;
        var description = entry.Role.Length > 0 ? $"Signature of {entry.Name}, {entry.Role}" : $"Signature of {entry.Name}";
        var place = new SignatureFieldElement(field, description, styles.Body.Size * 3.6f, context.Document.Theme.Colors.CalloutBackground,
            styles.Colors.Muted);
        return new ColumnElement(
        [
            new ColumnItem(place),
            new ColumnItem(context.Text("Signature", styles.Muted, styles.TightText), 2),
        ]);
    }

    private static Element SignatureField(string label, string? value, RenderContext context)
    {
        var styles = context.Styles;
        Element filled = string.IsNullOrWhiteSpace(value)
            ? new SpacerElement(styles.Body.Size * 1.4f)
            : context.Text(value, styles.Body, styles.TightText);
        return new ColumnElement(
        [
            new ColumnItem(new SpacerElement(6)),
            new ColumnItem(filled),
            new ColumnItem(new LineElement(styles.Colors.Muted, 0.6f), 1),
            new ColumnItem(context.Text(label, styles.Muted, styles.TightText), 2),
        ]);
    }
}
