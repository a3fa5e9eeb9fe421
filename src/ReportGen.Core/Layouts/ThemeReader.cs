using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportGen.Document.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

/// <summary>Reads a layout's <c>theme.yaml</c> into a <see cref="Theme"/>. Every key is optional (the built-in design
/// fills the rest); an unknown key, a bad number or colour, a size or margin the pages cannot hold is an error at its
/// line, found once when the layout loads, before any report is rendered.</summary>
internal static partial class ThemeReader
{
    public static Theme Read(LayoutFiles files, List<Diagnostic> diagnostics, long maxLogoPixels = ThemeLimits.DefaultMaxLogoPixels)
    {
        var text = files.Text(ReportLayout.ThemeFile);
        if (text is null) return new Theme();
        var reader = new Reader(files, diagnostics, maxLogoPixels);
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            reader.Error(e.Start, $"theme is not valid YAML: {e.InnerException?.Message ?? e.Message}");
            return new Theme();
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed flow mappings ({ a: 1, b: ... over a line end).
            reader.Error(parser.Current?.End ?? Mark.Empty, "theme is not valid YAML: a '{ ... }' or '[ ... ]' is not closed " +
                "where expected", "close each '{' with '}' on the same line, or write the entries as an indented block");
            return new Theme();
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new Theme();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Error(stream.Documents[0].RootNode.Start, "theme must be a mapping of settings");
            return new Theme();
        }
        var theme = reader.Theme(root);
        reader.Check(theme);
        return theme;
    }

    private sealed partial class Reader(LayoutFiles files, List<Diagnostic> diagnostics, long maxLogoPixels)
    {
        private readonly YamlSettingsReader _yaml = new(files.DisplayPath(ReportLayout.ThemeFile), diagnostics);
        private static readonly Theme Defaults = new();

        // Where values that are checked against each other were written (a size against the text area).
        private readonly Dictionary<string, YamlNode> _sizeNodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, YamlNode> _calloutNodes = new(StringComparer.Ordinal);
        private YamlNode? _marginsNode;

        public void Error(Mark at, string message, string? hint = null) => _yaml.Error(at, message, hint);

        public Theme Theme(YamlMappingNode root)
        {
            var theme = new Theme();
            foreach (var (key, value) in _yaml.Entries(root, "page", "fonts", "sizes", "colors", "tones", "logo", "spacing",
                         "callouts", "key_figures", "contents", "link_schemes"))
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
                    "spacing" => theme with { Spacing = Spacing(value) },
                    "callouts" => theme with { CalloutTones = Callouts(value) },
                    "key_figures" => KeyFigures(theme, value),
                    "contents" => Contents(theme, value),
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
                    continue;
                }
                _marginsNode = value;
                var m = theme.Margins;
                foreach (var (side, v) in _yaml.Entries(value, "left", "right", "top", "bottom"))
                {
                    var n = _yaml.Number(v, 0, 300, "margins are points from the page edge, 0 to 300 (the default is about 57, 2 cm)");
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

        /// <summary>A logo file inside the layout folder (PNG, JPEG or SVG) no bigger than a logo needs to be.</summary>
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
            if (!ImageProbe.TryRead(bytes, out var image, out var problem))
            {
                _yaml.Error(node.Start, $"logo '{path}' is not a usable image: {problem}");
                return null;
            }
            if (ThemeLimits.LogoTooLarge(image!, maxLogoPixels) is { } tooLarge)
            {
                _yaml.Error(node.Start, $"logo '{path}' {tooLarge}", ThemeLimits.LogoHint);
                return null;
            }
            return image;
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
