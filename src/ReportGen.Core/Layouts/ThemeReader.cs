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
        private readonly YamlSettingsReader _yaml = new(files.DisplayPath(ReportLayout.ThemeFile), diagnostics);

        public void Error(Mark at, string message) => _yaml.Error(at, message);

        private static readonly Theme Defaults = new();

        public Theme Theme(YamlMappingNode root)
        {
            var theme = new Theme();
            foreach (var (key, value) in _yaml.Entries(root, "page", "fonts", "sizes", "colors", "tones", "logo", "link_schemes"))
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
                    "link_schemes" => theme with { LinkSchemes = LinkSchemes(value) },
                    _ => theme,
                };
            }
            return theme;
        }

        private Theme Page(Theme theme, YamlNode node)
        {
            foreach (var (key, value) in _yaml.Entries(node, "size", "margins"))
            {
                if (key == "size")
                {
                    var size = YamlSettingsReader.Scalar(value);
                    if (size is not null && (size.Equals("A4", StringComparison.OrdinalIgnoreCase) || size.Equals("Letter", StringComparison.OrdinalIgnoreCase)))
                        theme = theme with { PageSize = size.Equals("A4", StringComparison.OrdinalIgnoreCase) ? "A4" : "Letter" };
                    else _yaml.Error(value.Start, $"page size '{size}' is not supported", "use A4 or Letter");
                }
                else
                {
                    var m = theme.Margins;
                    foreach (var (side, v) in _yaml.Entries(value, "left", "right", "top", "bottom"))
                    {
                        var n = _yaml.Number(v, 0, 300);
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
            foreach (var (key, value) in _yaml.Entries(node, "body", "heading", "mono"))
            {
                var name = YamlSettingsReader.Scalar(value);
                if (string.IsNullOrWhiteSpace(name)) { _yaml.Error(value.Start, $"font '{key}' needs a family name"); continue; }
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
            foreach (var (key, value) in _yaml.Entries(node, "body", "title", "heading1", "heading2", "heading3", "code", "small"))
            {
                if (_yaml.Number(value, 4, 96) is not { } n) continue;
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
            foreach (var (key, value) in _yaml.Entries(node, "text", "heading", "accent", "muted", "rule", "table_header",
                         "table_band", "code_background", "callout_background", "draft"))
            {
                if (_yaml.Color(value) is not { } v) continue;
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
            if (node is not YamlMappingNode map) { _yaml.Error(node.Start, "tones must map a tone name to fill and text colours"); return tones; }
            foreach (var (keyNode, value) in map.Children)
            {
                var name = (YamlSettingsReader.Scalar(keyNode) ?? "").ToLowerInvariant();
                RgbColor? fill = null, text = null;
                foreach (var (key, v) in _yaml.Entries(value, "fill", "text"))
                    if (key == "fill") fill = _yaml.Color(v); else text = _yaml.Color(v);
                if (fill is null || text is null) { _yaml.Error(value.Start, $"tone '{name}' needs both fill and text colours"); continue; }
                tones[name] = new Tone(fill.Value, text.Value);
            }
            return tones;
        }

        /// <summary>Link schemes to make clickable besides http, https and mailto: names such as <c>ftp</c> or <c>tel</c>;
        /// never one that runs script.</summary>
        private IReadOnlyList<string> LinkSchemes(YamlNode node)
        {
            if (node is not YamlSequenceNode list)
            {
                _yaml.Error(node.Start, "link_schemes must be a list of scheme names", "e.g. link_schemes: [ftp, tel]");
                return [];
            }
            var schemes = new List<string>();
            foreach (var item in list.Children)
            {
                var name = (YamlSettingsReader.Scalar(item) ?? "").Trim().TrimEnd(':').ToLowerInvariant();
                if (!Markdown.LinkPolicy.IsSchemeName(name))
                    _yaml.Error(item.Start, $"'{YamlSettingsReader.Scalar(item)}' is not a link scheme name", "a scheme is a letter, then letters, digits, '+', '.' or '-', e.g. ftp or tel");
                else if (Markdown.LinkPolicy.NeverAllowed.Contains(name))
                    _yaml.Error(item.Start, $"links with the scheme '{name}:' run script when clicked, so reports never make them clickable", "remove it from link_schemes");
                else schemes.Add(name);
            }
            return schemes;
        }

        /// <summary>A logo file inside the layout folder (PNG, JPEG or SVG).</summary>
        private ImageData? Logo(YamlNode node)
        {
            var path = YamlSettingsReader.Scalar(node);
            var relative = string.IsNullOrWhiteSpace(path) ? null : LayoutFiles.Normalise(path);
            var bytes = relative is null ? null : files.Bytes(relative);
            if (bytes is null)
            {
                _yaml.Error(node.Start, $"logo '{path}' is not a file inside the layout folder");
                return null;
            }
            if (Loading.ImageProbe.TryRead(bytes, out var image, out var problem)) return image;
            _yaml.Error(node.Start, $"logo '{path}' is not a usable image: {problem}");
            return null;
        }

        private T? Child<T>(YamlNode node, string key, Func<YamlNode, T> read) where T : class
        {
            T? result = null;
            foreach (var (k, v) in _yaml.Entries(node, "pdf", "docx"))
                if (k == key) result = read(v);
            return result;
        }
    }
}
