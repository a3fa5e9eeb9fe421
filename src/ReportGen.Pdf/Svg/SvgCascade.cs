namespace ReportGen.Pdf.Svg;

/// <summary>Fills every node's <see cref="SvgNode.Properties"/> from, weakest first: presentation attributes, the
/// matching &lt;style&gt; rules, the style attribute. Also indexes elements by id (the first of a duplicate wins).</summary>
internal static class SvgCascade
{
    /// <summary>Style properties SVG also accepts as attributes (the ones this drawer uses or warns about).</summary>
    private static readonly HashSet<string> PresentationAttributes = new(StringComparer.Ordinal)
    {
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-opacity", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color",
        "clip-path", "clip-rule", "mask", "filter", "display", "visibility", "font-family", "font-size",
        "font-weight", "font-style", "font", "text-anchor", "dominant-baseline", "alignment-baseline",
        "baseline-shift", "stop-color", "stop-opacity", "marker-start", "marker-mid", "marker-end", "marker",
        "letter-spacing", "text-decoration", "overflow",
    };

    public static Dictionary<string, SvgNode> Apply(SvgNode root, SvgStyleSheet sheet)
    {
        var ids = new Dictionary<string, SvgNode>(StringComparer.Ordinal);
        var stack = new Stack<SvgNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Name == SvgNode.TextName)
                continue;
            if (node.Id is { Length: > 0 } id)
                ids.TryAdd(id, node);
            foreach (var (name, value) in node.Attributes)
                if (PresentationAttributes.Contains(name))
                    node.Properties[name] = value.Trim();
            if (sheet.RuleCount > 0)
                foreach (var (name, value) in sheet.Matching(node))
                    Set(node, name, value);
            if (node.Attribute("style") is { } style)
                foreach (var (name, value) in SvgStyleSheet.ParseDeclarations(style))
                    Set(node, name, value);
            for (var i = node.Children.Count - 1; i >= 0; i--)
                stack.Push(node.Children[i]);
        }
        return ids;
    }

    private static void Set(SvgNode node, string name, string value)
    {
        value = WithoutVariables(value);
        if (name == "font")
            ExpandFont(node, value);
        else
            node.Properties[name] = value;
    }

    /// <summary>CSS custom properties are not tracked: <c>var(--name, fallback)</c> takes its fallback, and a
    /// <c>var()</c> without one leaves the property to inheritance.</summary>
    private static string WithoutVariables(string value)
    {
        var start = value.IndexOf("var(", StringComparison.Ordinal);
        if (start < 0)
            return value;
        var comma = value.IndexOf(',', start);
        var close = value.LastIndexOf(')');
        return comma > start && close > comma ? value[(comma + 1)..close].Trim() : "inherit";
    }

    /// <summary>The CSS <c>font</c> shorthand: [style] [weight] size[/line-height] family.</summary>
    private static void ExpandFont(SvgNode node, string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is "italic" or "oblique") node.Properties["font-style"] = part;
            else if (part is "bold" or "bolder" or "lighter" or "normal" || (part.Length == 3 && char.IsAsciiDigit(part[0]) && part.EndsWith("00", StringComparison.Ordinal)))
                node.Properties["font-weight"] = part;
            else if (char.IsAsciiDigit(part[0]) || part[0] == '.')
            {
                node.Properties["font-size"] = part.Split('/')[0];
                if (i + 1 < parts.Length)
                    node.Properties["font-family"] = string.Join(' ', parts[(i + 1)..]);
                return;
            }
        }
    }
}
