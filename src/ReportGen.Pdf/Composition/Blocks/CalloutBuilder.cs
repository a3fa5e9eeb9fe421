using ReportGen.Document;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A callout (note, warning, summary…): tinted box with an accent bar in the colour the theme gives the kind,
/// optional bold title, then its blocks.</summary>
internal static class CalloutBuilder
{
    public static Element Build(CalloutBlock callout, RenderContext context)
    {
        var styles = context.Styles;
        var accent = context.Document.Theme.CalloutAccent(callout.Kind);
        var items = new List<ColumnItem>();
        if (!string.IsNullOrWhiteSpace(callout.Title))
        {
            var title = context.Text(callout.Title, styles.Body with { Role = Text.FontRole.Bold, Color = styles.Colors.Heading });
            items.Add(new ColumnItem(new StructureElement(title, new StructureTag(StructureRole.Line, callout, 0)), KeepWithNext: true));
        }
        var body = BlockComposer.Column(callout.Blocks, context);
        items.Add(new ColumnItem(body, items.Count == 0 ? 0 : 3));
        return new BoxElement(new PaddingElement(new ColumnElement(items), 12, 8, 10, 8),
            new BoxStyle { Fill = styles.Colors.CalloutBackground, AccentBar = accent });
    }
}
