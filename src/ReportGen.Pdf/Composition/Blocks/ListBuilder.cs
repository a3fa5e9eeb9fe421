using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>Bullet and numbered lists: a marker column (<see cref="ListMarkers"/>, as in the .docx) and the item's
/// blocks beside it; nested lists indent by the marker width and change bullet shape per level. Each item is tagged
/// as an item with its marker (label) and its blocks (body).</summary>
internal static class ListBuilder
{
    public static Element Build(ListBlock list, RenderContext context, int depth)
    {
        var styles = context.Styles;
        var items = new List<ColumnItem>();
        var widest = ListMarkers.Number(list.Start + list.Items.Count - 1);
        var markerWidth = list.Ordered
            ? Math.Max(styles.ListIndent, context.Measure(widest, styles.Body) + 6)
            : styles.ListIndent;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? ListMarkers.Number(list.Start + i) : ListMarkers.Bullet(depth);
            var markerStyle = list.Ordered ? styles.Body : styles.Body with { Color = styles.Colors.Muted };
            // Numbers are right-aligned so "9." and "10." line up on the dot.
            var markerText = new PaddingElement(context.Text(marker, markerStyle, styles.BodyText,
                list.Ordered ? ColumnAlignment.Right : ColumnAlignment.Left), 0, 0, 6, 0);
            var item = list.Items[i];
            var body = ItemBody(item, context, depth);
            var row = new RowElement(
            [
                new RowItem(Tag(markerText, StructureRole.ListLabel, item), markerWidth),
                new RowItem(Tag(body, StructureRole.ListBody, item)),
            ]);
            items.Add(new ColumnItem(Tag(row, StructureRole.ListItem, item), i == 0 ? 0 : styles.ListItemGap));
        }
        return new ColumnElement(items);
    }

    private static Element ItemBody(ListItem item, RenderContext context, int depth)
    {
        var children = new List<ColumnItem>();
        foreach (var block in item.Blocks)
        {
            var element = block is ListBlock nested
                ? Tag(Build(nested, context, depth + 1), StructureRole.Block, nested)
                : BlockComposer.Build(block, context);
            if (element is not null)
                children.Add(new ColumnItem(element, children.Count == 0 ? 0 : context.Styles.ListItemGap));
        }
        return new ColumnElement(children);
    }

    private static StructureElement Tag(Element element, StructureRole role, object owner) =>
        new(element, new StructureTag(role, owner));
}
