using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>A code block: monospace on a tinted box, whitespace kept, long lines wrapped with a "↪" mark at the start
/// of each continuation so a reader sees the line did not really break there.</summary>
internal static class CodeBuilder
{
    public static Element Build(CodeBlock code, RenderContext context)
    {
        var styles = context.Styles;
        var text = code.Code.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\t", "    ", StringComparison.Ordinal).TrimEnd('\n');
        var options = new TextOptions
        {
            LineSpacing = 1.3f,
            ContinuationMark = new TextSpan("\u21AA ", styles.Code with { Color = styles.Colors.Muted, IsArtifact = true }),
        };
        var body = context.Text([new TextSpan(text, styles.Code)], options);
        return new BoxElement(new PaddingElement(body, 8, 6, 8, 6),
            new BoxStyle { Fill = styles.Colors.CodeBackground, CornerRadius = 3 });
    }
}
