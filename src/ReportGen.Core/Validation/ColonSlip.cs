using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>Text holding ': ' that YAML read as a one-entry mapping (<c>- Step one: done</c>): the hint gives the
/// item back as quoted text.</summary>
internal static class ColonSlip
{
    /// <summary>The hint for a node that is such a mapping, or null.</summary>
    public static string? Hint(YNode node)
    {
        if (node is not YMapping { Entries: [var (key, value)] } || !key.IsPlain) return null;
        if (value is not YScalar { IsPlain: true } v || (!v.IsNull && v.Line != key.Line)) return null;
        var text = v.IsNull ? key.Text + ":" : $"{key.Text}: {v.Text}";
        var dash = node.Parent is YSequence ? "- " : "";
        return $"text containing ': ' must be quoted: {dash}{YamlSlips.QuotedForm(text)}";
    }
}
