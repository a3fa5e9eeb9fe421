using ReportGen.Document;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition;

/// <summary>Flattens an inline tree into styled spans: strong and emphasis change the face, code uses the monospace
/// face on a tinted background, links take the accent colour, an underline and their target. A link the .docx cannot
/// make either (a malformed address, an anchor nothing defines) is plain text with the same warning.</summary>
internal static class InlineSpans
{
    /// <summary>The spans of <paramref name="inlines"/>; a link whose address is not well formed becomes plain text
    /// with a warning, as in the .docx.</summary>
    public static List<TextSpan> From(IEnumerable<Inline> inlines, TextStyle style, RenderContext context)
    {
        var spans = new List<TextSpan>();
        Append(spans, inlines, style, context);
        return spans;
    }

    private static void Append(List<TextSpan> spans, IEnumerable<Inline> inlines, TextStyle style, RenderContext context)
    {
        var styles = context.Styles;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    spans.Add(new TextSpan(Clean(text.Text), style));
                    break;
                case StrongInline strong:
                    Append(spans, strong.Children, style with { Role = style.Role.WithBold() }, context);
                    break;
                case EmphasisInline emphasis:
                    Append(spans, emphasis.Children, style with { Role = style.Role.WithItalic() }, context);
                    break;
                case CodeInline code:
                    var mono = style.Role is FontRole.Bold or FontRole.BoldItalic ? FontRole.MonoBold : FontRole.Mono;
                    spans.Add(new TextSpan(Clean(code.Code), style with
                    {
                        Role = mono, Size = style.Size * 0.92f, Background = styles.Colors.CodeBackground,
                    }));
                    break;
                case LinkInline { IsWellFormed: false } bad:
                    context.Warn(WriterMessages.InvalidLinkAddress(bad.Url));
                    Append(spans, bad.Children, style, context);
                    break;
                case LinkInline { IsInternal: true } dangling when !context.Anchors.Contains(dangling.Url[1..]):
                    context.Warn(WriterMessages.MissingAnchor(dangling.Url));
                    Append(spans, dangling.Children, style, context);
                    break;
                case LinkInline link:
                    Append(spans, link.Children, style with
                    {
                        Color = styles.Colors.Accent, Link = link.Url, LinkOwner = link, Underline = !link.IsInternal,
                    }, context);
                    break;
                case LineBreakInline:
                    spans.Add(new TextSpan("\n", style));
                    break;
            }
        }
    }

    /// <summary>Inline text flows: tabs and stray newlines become spaces (hard breaks are LineBreakInline).</summary>
    private static string Clean(string text) =>
        text.AsSpan().ContainsAny('\n', '\t', '\r')
            ? text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ')
            : text;
}
