using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Core.Loading;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Validation;

/// <summary>Warns at its line about every link target a report will print as text instead of making clickable
/// (javascript:, file:, data:, a path without a scheme…): in (md) text and in the keys the format declares as links
/// (<c>tracker</c>, <c>documentation.url</c>, <c>timeline[].source</c>). The links are found the way the report finds
/// them: the text is confined and parsed like the layout's Markdown, and the target read as <see cref="LinkPolicy"/>
/// reads it.</summary>
internal static class LinkSchemeCheck
{
    /// <summary>Checks the incident; <paramref name="extraSchemes"/> are the schemes the layout's theme allows too.</summary>
    public static void Run(YMapping root, ValidationContext ctx, IReadOnlyCollection<string> extraSchemes)
    {
        var policy = extraSchemes.Count == 0 ? LinkPolicy.Default : new LinkPolicy(extraSchemes);
        // A value still holding template text ("TODO: link") already has its warning.
        var seen = new HashSet<YNode>(ctx.Placeholders, ReferenceEqualityComparer.Instance);
        Walk(root, IncidentFormat.Incident, new Walker(ctx, policy, seen));
    }

    private sealed record Walker(ValidationContext Ctx, LinkPolicy Policy, HashSet<YNode> Seen);

    /// <summary>Follows the format's rules down the tree; each node once (an alias shares its anchor's node).</summary>
    private static void Walk(YNode node, Shape shape, Walker w)
    {
        if (!w.Seen.Add(node)) return;
        switch (shape, node)
        {
            case (IObjectShape obj, YMapping map):
                WalkFields(map, obj, w);
                break;
            case (ITextOrObjectShape either, YMapping map):
                WalkFields(map, either.Object, w);
                break;
            case (IListShape list, YSequence seq):
                foreach (var item in seq.Items) Walk(item, list.Item, w);
                break;
            case (ITextOrObjectShape, YScalar): // the text form of a prevention measure, which is (md)
            case (TextShape { Markdown: true }, YScalar):
                CheckMarkdown((YScalar)node, w);
                break;
            case (TextShape { Link: true }, YScalar target):
                Check(target, target.Text.Trim(), w);
                break;
        }
    }

    private static void WalkFields(YMapping map, IObjectShape shape, Walker w)
    {
        foreach (var (key, value) in map.Entries)
            if (shape.Find(key.Text) is { } field && value is not YScalar { IsNull: true })
                Walk(value, field.Shape, w);
    }

    private static void CheckMarkdown(YScalar scalar, Walker w)
    {
        var text = scalar.Text;
        if (!text.Contains(']') && !text.Contains('<')) return; // no link can be written without one
        var confined = MarkdownConfiner.Block(text);
        var document = Markdig.Markdown.Parse(confined, MarkdownPipelines.Report);
        foreach (var inline in document.Descendants<Inline>())
        {
            // At the link itself: in a multi-line value, its own line and column rather than the value's first line.
            var inside = (confined, inline.Span.Start);
            if (inline is LinkInline { IsImage: false } link) Check(scalar, link.Url ?? "", w, inside);
            else if (inline is AutolinkInline auto) Check(scalar, auto.IsEmail ? "mailto:" + auto.Url : auto.Url, w, inside);
        }
    }

    private static void Check(YScalar at, string target, Walker w, (string Written, int Offset)? inside = null)
    {
        if (w.Policy.Allows(target)) return;
        var shown = LinkPolicy.Printable(target);
        if (shown.Length > 80) shown = shown[..77] + "...";
        var scheme = LinkPolicy.SchemeOf(target);
        var (message, hint) = scheme is null
            ? ($"link target '{shown}' has no scheme, so the report prints it as text instead of a link",
                "write the full address, e.g. https://wiki.example/runbooks/checkout")
            : LinkPolicy.NeverAllowed.Contains(scheme)
                ? ($"link target '{shown}' runs script when clicked ({scheme}:), so the report prints it as text",
                    $"reports link only to {w.Policy.Describe()} addresses")
                : ($"link target '{shown}' uses the scheme '{scheme}:', so the report prints it as text instead of a link",
                    $"reports link to {w.Policy.Describe()} addresses; a layout's theme.yaml may allow more with link_schemes: [{scheme}]");
        if (inside is { } place) w.Ctx.WarningInside(at, place.Written, place.Offset, message, hint);
        else w.Ctx.Warning(at, message, hint);
    }
}
