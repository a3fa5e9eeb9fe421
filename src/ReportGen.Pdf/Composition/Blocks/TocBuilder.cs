using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The table of contents: its title, then each entry as an internal link with its page number (known from a
/// first layout pass; the numbers' width does not change the layout). The title is not a heading: it has no outline
/// entry, as in the .docx.</summary>
internal static class TocBuilder
{
    private const float IndentPerLevel = 14, PageNumberWidth = 30;

    public static Element? Build(TableOfContentsBlock contents, RenderContext context)
    {
        if (contents.Entries.Count == 0)
            return null;
        var styles = context.Styles;
        var items = new List<ColumnItem>();
        if (!string.IsNullOrWhiteSpace(contents.Title))
            items.Add(new ColumnItem(new StructureElement(context.Text(contents.Title, styles.Heading(2), styles.TightText),
                new StructureTag(StructureRole.Caption, contents)), KeepWithNext: true));
        foreach (var entry in contents.Entries)
        {
            var main = entry.Depth == 1;
            var link = "#" + entry.AnchorId;
            var style = (main ? styles.Body with { Role = FontRole.Bold } : styles.Body) with { Link = link, LinkOwner = entry };
            var page = new DestinationPageElement(context, entry.AnchorId, style with { Role = FontRole.Regular }, styles.TightText);
            var row = new RowElement(
            [
                new RowItem(new PaddingElement(context.Text(entry.Text, style, styles.TightText),
                    (entry.Depth - 1) * IndentPerLevel, 0, 8, 0)),
                new RowItem(new StructureElement(page, new StructureTag(StructureRole.PageNumber, contents)), PageNumberWidth),
            ]);
            var tagged = new StructureElement(row, new StructureTag(StructureRole.ContentsEntry, entry));
            items.Add(new ColumnItem(tagged, items.Count == 0 ? 0 : main ? 5 : 2));
        }
        return new ColumnElement(items);
    }
}
