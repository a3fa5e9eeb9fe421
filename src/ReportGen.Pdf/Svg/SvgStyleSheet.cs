namespace ReportGen.Pdf.Svg;

/// <summary>The rules of an SVG's &lt;style&gt; elements that this reader understands: selectors made of a type,
/// <c>#id</c>, <c>.class</c> or <c>*</c> (compounds such as <c>path.line</c>, descendant chains such as
/// <c>g .tick</c>, groups separated by commas). At-rules (<c>@font-face</c>, <c>@media</c>) and selectors with
/// other combinators, attributes or pseudo-classes are skipped.</summary>
internal sealed class SvgStyleSheet
{
    /// <summary>Selector tests allowed for one file: a hostile sheet (thousands of long descendant chains against
    /// thousands of deep elements) would otherwise take minutes. Real exports need well under a million tests.</summary>
    private const long MaxTests = 5_000_000;
    private readonly List<Rule> _rules = [];
    private long _tests;

    /// <summary>True when matching stopped early because the sheet was too costly; later rules were ignored.</summary>
    public bool Exhausted => _tests >= MaxTests;

    private sealed record Rule(Compound[] Chain, int Specificity, int Order, IReadOnlyList<(string Name, string Value)> Declarations);

    private sealed record Compound(string? Type, string? Id, string[] Classes);

    public int RuleCount => _rules.Count;

    public static SvgStyleSheet Parse(string css)
    {
        var sheet = new SvgStyleSheet();
        var text = StripComments(css);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0)
                break;
            var prelude = text[i..open].Trim();
            var close = MatchingBrace(text, open);
            var body = text[(open + 1)..Math.Max(open + 1, close)];
            i = close + 1;
            if (prelude.StartsWith('@'))
                continue; // @font-face, @media, @import: nothing of it is used (never fetched)
            var declarations = ParseDeclarations(body);
            foreach (var selector in prelude.Split(','))
                if (ParseSelector(selector.Trim()) is { } chain)
                    sheet._rules.Add(new Rule(chain, Specificity(chain), sheet._rules.Count, declarations));
        }
        sheet._rules.Sort((a, b) => a.Specificity != b.Specificity ? a.Specificity.CompareTo(b.Specificity) : a.Order.CompareTo(b.Order));
        return sheet;
    }

    /// <summary>Declarations of every rule matching <paramref name="node"/>, weakest first.</summary>
    public IEnumerable<(string Name, string Value)> Matching(SvgNode node)
    {
        foreach (var rule in _rules)
        {
            if (Exhausted)
                yield break;
            if (Matches(rule.Chain, node))
                foreach (var declaration in rule.Declarations)
                    yield return declaration;
        }
    }

    /// <summary>Parses <c>a: b; c: d</c> (a style attribute or a rule body); <c>!important</c> is dropped.</summary>
    public static List<(string Name, string Value)> ParseDeclarations(string body)
    {
        var result = new List<(string, string)>();
        foreach (var part in body.Split(';'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var name = part[..colon].Trim().ToLowerInvariant();
            var value = part[(colon + 1)..];
            if (value.Contains('!', StringComparison.Ordinal))
                value = value.Replace("!important", "", StringComparison.OrdinalIgnoreCase);
            value = value.Trim();
            if (name.Length > 0 && value.Length > 0)
                result.Add((name, value));
        }
        return result;
    }

    /// <summary>The last compound must match the node; each earlier one some ancestor, in order. With descendant
    /// combinators only, taking the nearest matching ancestor each time is exact, so one upward walk suffices.</summary>
    private bool Matches(Compound[] chain, SvgNode node)
    {
        _tests++;
        if (!Matches(chain[^1], node))
            return false;
        var index = chain.Length - 2;
        for (var ancestor = node.Parent; ancestor is not null && index >= 0; ancestor = ancestor.Parent)
        {
            _tests++;
            if (Matches(chain[index], ancestor))
                index--;
        }
        return index < 0;
    }

    private static bool Matches(Compound compound, SvgNode node) =>
        (compound.Type is null || compound.Type == node.Name) &&
        (compound.Id is null || compound.Id == node.Id) &&
        (compound.Classes.Length == 0 || compound.Classes.All(c => node.Classes.Contains(c, StringComparer.Ordinal)));

    private static Compound[]? ParseSelector(string selector)
    {
        if (selector.Length == 0 || selector.IndexOfAny(['>', '+', '~', '[', ':', '(']) >= 0)
            return null;
        var parts = selector.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var chain = new Compound[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (ParseCompound(parts[i]) is { } compound)
                chain[i] = compound;
            else
                return null;
        return chain;
    }

    private static Compound? ParseCompound(string text)
    {
        string? type = null, id = null;
        var classes = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var marker = text[i];
            var start = marker is '.' or '#' ? i + 1 : i;
            var end = start;
            while (end < text.Length && text[end] is not ('.' or '#'))
                end++;
            var name = text[start..end];
            if (name.Length == 0)
                return null;
            if (marker == '.') classes.Add(name);
            else if (marker == '#') id = name;
            else if (name != "*") type = name;
            i = end;
        }
        return new Compound(type, id, [.. classes]);
    }

    private static int Specificity(Compound[] chain) =>
        chain.Sum(c => (c.Id is null ? 0 : 10_000) + c.Classes.Length * 100 + (c.Type is null ? 0 : 1));

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        return text.Length;
    }

    private static string StripComments(string css)
    {
        var builder = new System.Text.StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var start = css.IndexOf("/*", i, StringComparison.Ordinal);
            if (start < 0) { builder.Append(css, i, css.Length - i); break; }
            builder.Append(css, i, start - i);
            var end = css.IndexOf("*/", start + 2, StringComparison.Ordinal);
            i = end < 0 ? css.Length : end + 2;
        }
        return builder.ToString();
    }
}
