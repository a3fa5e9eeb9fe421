using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents;

namespace ReportGen.Core.Layouts;

/// <summary>Reads a layout's <c>theme.yaml</c> into a <see cref="Theme"/>. Every key is optional (the built-in design
/// fills the rest); an unknown key, a bad number or colour is an error at its line.</summary>
internal static class ThemeReader
{
    public static Theme Read(LayoutFiles files, List<Diagnostic> diagnostics)
    {
        var text = files.Text(ReportLayout.ThemeFile);
        if (text is null) return new Theme();
        var reader = new Reader(files, diagnostics);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            reader.Error(e.Start, $"theme is not valid YAML: {e.InnerException?.Message ?? e.Message}");
            return new Theme();
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new Theme();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Error(stream.Documents[0].RootNode.Start, "theme must be a mapping of settings");
            return new Theme();
        }
        return reader.Theme(root);
    }

    private sealed class Reader(LayoutFiles files, List<Diagnostic> diagnostics)
    {
        private readonly string file = files.DisplayPath(ReportLayout.ThemeFile);

        private static readonly Theme Defaults = new();

        public void Error(Mark at, string message, string? hint = null) =>
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file, (int)at.Line, (int)at.Column, message, Hint: hint));

        public Theme Theme(YamlMappingNode root)
        {
            var theme = new Theme();
            foreach (var (key, value) in Entries(root, "page", "fonts", "sizes", "colors", "tones", "logo"))
            {
                theme = key switch
                {
                    "page" => Page(theme, value),
                    "fonts" => theme with
                    {
                        PdfFonts = Child(value, "pdf", n => Fonts(n, Defaults.PdfFonts)) ?? theme.PdfFonts,
                        DocxFonts = Child(value, "docx", n => Fonts(n, Defaults.DocxFonts)) ?? theme.DocxFonts,
                    },
                    "sizes" => theme with { Sizes = Sizes(value) },
                    "colors" => theme with { Colors = Colors(value) },
                    "tones" => theme with { Tones = Tones(value) },
                    "logo" => theme with { Logo = Logo(value) },
                    _ => theme,
                };
            }
            return theme;
        }

        private Theme Page(Theme theme, YamlNode node)
        {
            foreach (var (key, value) in Entries(node, "size", "margins"))
            {
                if (key == "size")
                {
                    var size = Scalar(value);
                    if (size is not null && (size.Equals("A4", StringComparison.OrdinalIgnoreCase) || size.Equals("Letter", StringComparison.OrdinalIgnoreCase)))
                        theme = theme with { PageSize = size.Equals("A4", StringComparison.OrdinalIgnoreCase) ? "A4" : "Letter" };
                    else Error(value.Start, $"page size '{size}' is not supported", "use A4 or Letter");
                }
                else
                {
                    var m = theme.Margins;
                    foreach (var (side, v) in Entries(value, "left", "right", "top", "bottom"))
                    {
                        var n = Number(v, 0, 300);
                        m = side switch
                        {
                            "left" => m with { Left = n ?? m.Left },
                            "right" => m with { Right = n ?? m.Right },
                            "top" => m with { Top = n ?? m.Top },
                            _ => m with { Bottom = n ?? m.Bottom },
                        };
                    }
                    theme = theme with { Margins = m };
                }
            }
            return theme;
        }

        private FontSet Fonts(YamlNode node, FontSet fonts)
        {
            foreach (var (key, value) in Entries(node, "body", "heading", "mono"))
            {
                var name = Scalar(value);
                if (string.IsNullOrWhiteSpace(name)) { Error(value.Start, $"font '{key}' needs a family name"); continue; }
                fonts = key switch
                {
                    "body" => fonts with { Body = name },
                    "heading" => fonts with { Heading = name },
                    _ => fonts with { Mono = name },
                };
            }
            return fonts;
        }

        private FontSizes Sizes(YamlNode node)
        {
            var s = new FontSizes();
            foreach (var (key, value) in Entries(node, "body", "title", "heading1", "heading2", "heading3", "code", "small"))
            {
                if (Number(value, 4, 96) is not { } n) continue;
                s = key switch
                {
                    "body" => s with { Body = n },
                    "title" => s with { Title = n },
                    "heading1" => s with { Heading1 = n },
                    "heading2" => s with { Heading2 = n },
                    "heading3" => s with { Heading3 = n },
                    "code" => s with { Code = n },
                    _ => s with { Small = n },
                };
            }
            return s;
        }

        private ThemeColors Colors(YamlNode node)
        {
            var c = new ThemeColors();
            foreach (var (key, value) in Entries(node, "text", "heading", "accent", "muted", "rule", "table_header",
                         "table_band", "code_background", "callout_background", "draft"))
            {
                if (Color(value) is not { } v) continue;
                c = key switch
                {
                    "text" => c with { Text = v },
                    "heading" => c with { Heading = v },
                    "accent" => c with { Accent = v },
                    "muted" => c with { Muted = v },
                    "rule" => c with { Rule = v },
                    "table_header" => c with { TableHeader = v },
                    "table_band" => c with { TableBand = v },
                    "code_background" => c with { CodeBackground = v },
                    "callout_background" => c with { CalloutBackground = v },
                    _ => c with { Draft = v },
                };
            }
            return c;
        }

        private IReadOnlyDictionary<string, Tone> Tones(YamlNode node)
        {
            var tones = new Dictionary<string, Tone>(Documents.Theme.DefaultTones, StringComparer.Ordinal);
            if (node is not YamlMappingNode map) { Error(node.Start, "tones must map a tone name to fill and text colours"); return tones; }
            foreach (var (keyNode, value) in map.Children)
            {
                var name = (Scalar(keyNode) ?? "").ToLowerInvariant();
                RgbColor? fill = null, text = null;
                foreach (var (key, v) in Entries(value, "fill", "text"))
                    if (key == "fill") fill = Color(v); else text = Color(v);
                if (fill is null || text is null) { Error(value.Start, $"tone '{name}' needs both fill and text colours"); continue; }
                tones[name] = new Tone(fill.Value, text.Value);
            }
            return tones;
        }

        /// <summary>A logo file inside the layout folder (PNG, JPEG or SVG).</summary>
        private ImageData? Logo(YamlNode node)
        {
            var path = Scalar(node);
            var relative = string.IsNullOrWhiteSpace(path) ? null : LayoutFiles.Normalise(path);
            var bytes = relative is null ? null : files.Bytes(relative);
            if (bytes is null)
            {
                Error(node.Start, $"logo '{path}' is not a file inside the layout folder");
                return null;
            }
            if (Loading.ImageProbe.TryRead(bytes, out var image, out var problem)) return image;
            Error(node.Start, $"logo '{path}' is not a usable image: {problem}");
            return null;
        }

        private T? Child<T>(YamlNode node, string key, Func<YamlNode, T> read) where T : class
        {
            T? result = null;
            foreach (var (k, v) in Entries(node, "pdf", "docx"))
                if (k == key) result = read(v);
            return result;
        }

        private IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, params string[] allowed)
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

        private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

        private double? Number(YamlNode node, double min, double max)
        {
            var text = Scalar(node);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            Error(node.Start, $"'{text}' is not a number from {min} to {max} (points)");
            return null;
        }

        private RgbColor? Color(YamlNode node)
        {
            if (RgbColor.TryParse(Scalar(node), out var color)) return color;
            Error(node.Start, $"'{Scalar(node)}' is not a colour", "write \"#RRGGBB\" in quotes (YAML reads # as a comment)");
            return null;
        }
    }
}
