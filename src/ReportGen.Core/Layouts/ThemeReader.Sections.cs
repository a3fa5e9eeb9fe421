using System.Globalization;
using YamlDotNet.RepresentationModel;
using ReportGen.Document;

namespace ReportGen.Core.Layouts;

internal static partial class ThemeReader
{
    private sealed partial class Reader
    {
        private FontSizes Sizes(YamlNode node)
        {
            var s = new FontSizes();
            foreach (var (key, value) in _yaml.Entries(node, "body", "title", "heading1", "heading2", "heading3", "code", "small"))
            {
                var (min, max, usual) = ThemeLimits.SizeRange(key);
                if (_yaml.Number(value, min, max, $"sizes.{key} is in points; {usual}") is not { } n) continue;
                _sizeNodes[key] = value;
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
                         "table_band", "code_background", "callout_background", "signature_field", "draft"))
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
                    "signature_field" => c with { SignatureField = v },
                    _ => c with { Draft = v },
                };
            }
            return c;
        }

        private IReadOnlyDictionary<string, Tone> Tones(YamlNode node)
        {
            var tones = new Dictionary<string, Tone>(Document.Theme.DefaultTones, StringComparer.Ordinal);
            if (node is not YamlMappingNode map) { _yaml.Error(node.Start, "tones must map a tone name to fill and text colours"); return tones; }
            foreach (var (keyNode, value) in map.Children)
            {
                var name = (YamlSettingsReader.Scalar(keyNode) ?? "").ToLowerInvariant();
                RgbColor? fill = null, text = null;
                foreach (var (key, v) in _yaml.Entries(value, "fill", "text"))
                    if (key == "fill") fill = _yaml.Color(v); else text = _yaml.Color(v);
                if (fill is null || text is null) { _yaml.Error(value.Start, $"tone '{name}' needs both fill and text colours"); continue; }
                tones[name] = new Tone(fill.Value, text.Value);
                WarnOnLowContrast(name, tones[name], value);
            }
            return tones;
        }

        /// <summary>A tone's text must read on its fill: below WCAG AA's 4.5:1 a badge is hard to read for many readers
        /// (and fails accessibility checks), in the PDF and the .docx alike. A warning, so a brand colour still renders.</summary>
        private void WarnOnLowContrast(string name, Tone tone, YamlNode at)
        {
            var ratio = ColorContrast.Ratio(tone.Fill, tone.Text);
            if (ratio >= ColorContrast.MinimumForText) return;
            _yaml.Warning(at.Start, string.Create(CultureInfo.InvariantCulture,
                $"tone '{name}': text {tone.Text} on fill {tone.Fill} has a contrast of {Math.Floor(ratio * 100) / 100:0.00}:1, " +
                $"below the {ColorContrast.MinimumForText:0.0}:1 WCAG asks of text"),
                "darken the fill or the text (or lighten the one that is already dark), e.g. white text on a fill no lighter than #767676");
        }

        private ThemeSpacing Spacing(YamlNode node)
        {
            var s = new ThemeSpacing();
            foreach (var (key, value) in _yaml.Entries(node, "heading1_before", "heading2_before", "heading3_before",
                         "heading_after", "paragraph", "block", "list_item"))
            {
                if (_yaml.Number(value, 0, 72, "spacing is in points, 0 to 72 (the defaults are 3 to 20)") is not { } n) continue;
                s = key switch
                {
                    "heading1_before" => s with { Heading1Before = n },
                    "heading2_before" => s with { Heading2Before = n },
                    "heading3_before" => s with { Heading3Before = n },
                    "heading_after" => s with { HeadingAfter = n },
                    "paragraph" => s with { Paragraph = n },
                    "block" => s with { Block = n },
                    _ => s with { ListItem = n },
                };
            }
            return s;
        }

        /// <summary>Callout kind → tone name; added to or replacing the built-in entries. Tone names are checked once
        /// every tone is known (<see cref="Check"/>).</summary>
        private IReadOnlyDictionary<string, string> Callouts(YamlNode node)
        {
            var callouts = new Dictionary<string, string>(Document.Theme.DefaultCalloutTones, StringComparer.Ordinal);
            if (node is not YamlMappingNode map)
            {
                _yaml.Error(node.Start, "callouts must map a callout kind to a tone name", "e.g. callouts: { warning: severity-high }");
                return callouts;
            }
            foreach (var (keyNode, value) in map.Children)
            {
                var kind = (YamlSettingsReader.Scalar(keyNode) ?? "").ToLowerInvariant();
                if (YamlSettingsReader.Scalar(value) is not { Length: > 0 } tone)
                {
                    _yaml.Error(value.Start, $"callout '{kind}' needs a tone name", "e.g. warning: severity-high");
                    continue;
                }
                callouts[kind] = tone.ToLowerInvariant();
                _calloutNodes[kind] = value;
            }
            return callouts;
        }

        private Theme KeyFigures(Theme theme, YamlNode node)
        {
            foreach (var (_, value) in _yaml.Entries(node, "per_row"))
                if (_yaml.Number(value, 1, 8, "at most this many key figures share a row, 1 to 8") is { } n)
                    theme = theme with { KeyFiguresPerRow = Whole(n, value) };
            return theme;
        }

        private Theme Contents(Theme theme, YamlNode node)
        {
            foreach (var (_, value) in _yaml.Entries(node, "levels"))
                if (_yaml.Number(value, 1, 3, "the contents list this many heading levels, 1 to 3") is { } n)
                    theme = theme with { ContentsLevels = Whole(n, value) };
            return theme;
        }

        private int Whole(double n, YamlNode node)
        {
            if (n != Math.Floor(n)) _yaml.Error(node.Start, $"'{n.ToString(CultureInfo.InvariantCulture)}' must be a whole number");
            return (int)n;
        }

        /// <summary>Checks what depends on several settings at once: the text area the margins leave on the page,
        /// sizes against that area, callout tones against the tones.</summary>
        public void Check(Theme theme)
        {
            var width = theme.PageWidth - theme.Margins.Left - theme.Margins.Right;
            var height = theme.PageHeight - theme.Margins.Top - theme.Margins.Bottom;
            if (width < ThemeLimits.MinTextArea || height < ThemeLimits.MinTextArea)
            {
                _yaml.Error(_marginsNode?.Start ?? default, string.Create(CultureInfo.InvariantCulture,
                    $"the page margins leave a {width:0.#}x{height:0.#} pt text area on the {theme.PageSize} page " +
                    $"({theme.PageWidth:0.#}x{theme.PageHeight:0.#} pt); the text area must be at least " +
                    $"{ThemeLimits.MinTextArea}x{ThemeLimits.MinTextArea} pt (2 inches)"),
                    string.Create(CultureInfo.InvariantCulture,
                        $"on {theme.PageSize}, left + right may be at most {theme.PageWidth - ThemeLimits.MinTextArea:0.#} pt " +
                        $"and top + bottom at most {theme.PageHeight - ThemeLimits.MinTextArea:0.#} pt"));
                return;
            }
            var largest = ThemeLimits.LargestSize(width, height);
            foreach (var (key, node) in _sizeNodes)
            {
                var size = double.Parse(YamlSettingsReader.Scalar(node)!, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (size > largest)
                    _yaml.Error(node.Start, string.Create(CultureInfo.InvariantCulture,
                        $"sizes.{key} {size:0.#} pt is too large for the {width:0.#}x{height:0.#} pt text area the margins leave: at most {largest:0.#} pt"),
                        "make the size smaller or the margins narrower");
            }
            foreach (var (kind, node) in _calloutNodes)
            {
                if (theme.FindTone(theme.CalloutTones[kind]) is null)
                    _yaml.Error(node.Start, $"callout '{kind}' names tone '{theme.CalloutTones[kind]}', which the theme does not have",
                        $"tones: {string.Join(", ", theme.Tones.Keys.Order(StringComparer.Ordinal))}");
            }
        }
    }
}
