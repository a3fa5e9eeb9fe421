using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A heading: its text, a named destination for <c>#anchor</c> links, an outline entry, and for level 1 a
/// thin accent rule underneath. Kept with what follows by the composer.</summary>
internal static class HeadingBuilder
{
    public static Element Build(HeadingBlock heading, RenderContext context)
    {
        var styles = context.Styles;
        var level = Math.Clamp(heading.Level, 1, 3);
        Element content = context.Text(heading.Inlines, styles.Heading(level), styles.TightText);
        if (level == 1)
        {
            content = new ColumnElement(
            [
                new ColumnItem(content),
                new ColumnItem(new LineElement(styles.Colors.Rule, 0.75f), GapBefore: 3),
            ]);
        }
        var title = Inlines.PlainText(heading.Inlines).Trim();
        return new KeepTogetherElement(new AnchorElement(content, heading.AnchorId, title, level));
    }
}
