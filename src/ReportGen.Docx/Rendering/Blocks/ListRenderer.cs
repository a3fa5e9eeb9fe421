using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>Bullet and numbered lists in List Bullet / List Number with real Word numbering: each list gets its own
/// numbering instance (so it restarts at its start number) at the level of its nesting depth.</summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    /// <inheritdoc/>
    protected override void Write(DocxContext context, ListBlock block)
    {
        var depth = Math.Min(context.ListDepth, 8);
        var numId = context.Numbering.NewList(block.Ordered, depth, block.Start);
        context.ListDepth++;
        try
        {
            foreach (var item in block.Items)
                WriteItem(context, item, block.Ordered, depth, numId);
        }
        finally
        {
            context.ListDepth--;
        }
    }

    private static void WriteItem(DocxContext context, Document.ListItem item, bool ordered, int depth, int numId)
    {
        var numbered = false;
        foreach (var child in item.Blocks)
        {
            if (child is ParagraphBlock paragraph)
            {
                var p = Paragraphs.Styled(numbered ? StyleIds.ListContinue : ordered ? StyleIds.ListNumber : StyleIds.ListBullet);
                if (!numbered)
                {
                    p.Properties().NumberingProperties = new NumberingProperties(
                        new NumberingLevelReference { Val = depth }, new NumberingId { Val = numId });
                }
                else
                {
                    p.Properties().Indentation = new Indentation { Left = (360 * (depth + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
                context.WriteMarked(p, paragraph.Inlines, paragraph.Marks, wholeValue: paragraph.BlockValue);
                BaseDirection.Apply(p, paragraph.Inlines);
                context.Append(p);
                numbered = true;
            }
            else
            {
                context.WriteBlock(child);
                numbered = true;
            }
        }
    }
}
