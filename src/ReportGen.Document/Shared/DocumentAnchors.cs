namespace ReportGen.Document;

/// <summary>The anchors a document defines (headings and table rows, nested ones included), in document order: the
/// targets an internal link may point at. Writers show a link to any other anchor as plain text, with
/// <see cref="WriterMessages.MissingAnchor"/>.</summary>
public static class DocumentAnchors
{
    /// <summary>Every anchor id of the blocks, in order (a duplicate as often as it occurs).</summary>
    public static IEnumerable<string> In(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    yield return h.AnchorId;
                    break;
                case TableBlock t:
                    foreach (var row in t.Rows.Where(r => r.AnchorId is not null))
                        yield return row.AnchorId!;
                    break;
                case ListBlock l:
                    foreach (var anchor in In(l.Items.SelectMany(i => i.Blocks)))
                        yield return anchor;
                    break;
                case CalloutBlock c:
                    foreach (var anchor in In(c.Blocks))
                        yield return anchor;
                    break;
            }
        }
    }
}
