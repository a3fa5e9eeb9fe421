using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportGen.Document.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

/// <summary>Reads settings files (theme.yaml) from a YAML tree: mappings with a fixed set of keys, numbers in a range,
/// colours. Each problem is an error at the node's line and column.</summary>
internal sealed class YamlSettingsReader(string file, List<Diagnostic> diagnostics)
{
    public void Error(Mark at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file, (int)at.Line, (int)at.Column, message, Hint: hint));

    public void Warning(Mark at, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, file, (int)at.Line, (int)at.Column, message, Hint: hint));

    public IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node.Start, "expected a mapping", $"keys: {string.Join(", ", allowed)}");
            yield break;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Scalar(keyNode) ?? "";
            if (allowed.Contains(key)) yield return (key, value);
            else Error(keyNode.Start, $"unknown theme key '{key}'", $"valid keys here: {string.Join(", ", allowed)}");
        }
    }

    public static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    public double? Number(YamlNode node, double min, double max, string? hint = null)
    {
        var text = Scalar(node);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n >= min && n <= max)
            return n;
        Error(node.Start, string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a number from {min} to {max}"), hint);
        return null;
    }

    public RgbColor? Color(YamlNode node)
    {
        if (RgbColor.TryParse(Scalar(node), out var color)) return color;
        Error(node.Start, $"'{Scalar(node)}' is not a colour", "write \"#RRGGBB\" in quotes (YAML reads # as a comment)");
        return null;
    }
}
