namespace ReportGen.Pdf.Svg;

/// <summary>One element of a parsed SVG file (or a piece of character data inside text, named <c>#text</c>):
/// its attributes as written and, after the cascade, its own style properties (presentation attributes, matching
/// &lt;style&gt; rules and the style attribute, in that order of strength). Inheritance happens when drawing.</summary>
internal sealed class SvgNode(string name, SvgNode? parent)
{
    public const string TextName = "#text";

    public string Name { get; } = name;
    public SvgNode? Parent { get; } = parent;
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);
    public List<SvgNode> Children { get; } = [];
    /// <summary>The characters of a <c>#text</c> node.</summary>
    public string Text { get; init; } = "";

    public string? Id => Attributes.GetValueOrDefault("id");

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    /// <summary>The element's own value of a style property, or null when it leaves it to inheritance/defaults.</summary>
    public string? Property(string name) => Properties.TryGetValue(name, out var v) && v != "inherit" ? v : null;

    /// <summary>The class names, split once on first use (selector matching asks for them many times).</summary>
    public string[] Classes => _classes ??=
        Attribute("class")?.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries) ?? [];

    private string[]? _classes;

    public override string ToString() => Id is { } id ? $"<{Name} id={id}>" : $"<{Name}>";
}
