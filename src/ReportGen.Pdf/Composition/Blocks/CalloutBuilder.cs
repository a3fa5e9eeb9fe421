using ReportGen.Documents;
using ReportGen.Pdf.Engine;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A callout (note, warning, summary…): tinted box with an accent bar in the kind's colour, optional bold
/// title, then its blocks.</summary>
internal static class CalloutBuilder
{
    public static Element Build(CalloutBlock callout, RenderContext context)
    {
        var styles = context.Styles;
        var accent = AccentFor(callout.Kind, context);
        var items = new List<ColumnItem>();
        if (!string.IsNullOrWhiteSpace(callout.Title))
        {
            var title = context.Text(callout.Title, styles.Body with { Role = Text.FontRole.Bold, Color = styles.Colors.Heading });
            items.Add(new ColumnItem(title, KeepWithNext: true));
        }
        var body = BlockComposer.Column(callout.Blocks, context);
        items.Add(new ColumnItem(body, items.Count == 0 ? 0 : 3));
        return new BoxElement(new PaddingElement(new ColumnElement(items), 12, 8, 10, 8),
            new BoxStyle { Fill = styles.Colors.CalloutBackground, AccentBar = accent });
    }

    private static RgbColor AccentFor(string kind, RenderContext context)
    {
        var theme = context.Document.Theme;
        return kind.ToLowerInvariant() switch
        {
            "warning" or "caution" => theme.FindTone("severity-high")?.Fill ?? theme.Colors.Accent,
            "danger" or "critical" or "important" => theme.FindTone("severity-critical")?.Fill ?? theme.Colors.Accent,
            "success" or "tip" => theme.FindTone("severity-low")?.Fill ?? theme.Colors.Accent,
            _ => theme.Colors.Accent,
        };
    }
}
