using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The table of contents: the top two heading levels as internal links with their page numbers (known from a
/// first layout pass; the numbers' width does not change the layout).</summary>
internal static class TocBuilder
{
    public static Element Build(RenderContext context)
    {
        var styles = context.Styles;
        var items = new List<ColumnItem>
        {
            new(context.Text("Contents", styles.Heading(2), styles.TightText), KeepWithNext: true),
        };
        var headings = context.Document.Blocks.OfType<HeadingBlock>()
            .Where(h => !ReferenceEquals(h, context.SkippedTitleHeading)).ToList();
        // The document's own top level (often 2, under a title heading) is the contents' first level.
        var top = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        foreach (var heading in headings.Where(h => h.Level <= top + 1))
        {
            var main = heading.Level == top;
            var title = Inlines.PlainText(heading.Inlines).Trim();
            var link = "#" + heading.AnchorId;
            var style = (main ? styles.Body with { Role = FontRole.Bold } : styles.Body) with { Link = link };
            var row = new RowElement(
            [
                new RowItem(new PaddingElement(context.Text(title, style, styles.TightText), main ? 0 : 14, 0, 8, 0)),
                new RowItem(new DestinationPageElement(context, heading.AnchorId, style with { Role = FontRole.Regular },
                    styles.TightText), 30),
            ]);
            items.Add(new ColumnItem(row, main ? 5 : 2));
        }
        return new ColumnElement(items);
    }
}
