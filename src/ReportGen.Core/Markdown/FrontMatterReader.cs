using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>Reads the layout's front matter (title, subject, author, keywords, header_left, header_right, footer,
/// language) into document settings. Draft mark and dates are not the layout's to set: the builder fills them.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] Keys = ["title", "subject", "author", "keywords", "header_left", "header_right", "footer", "language"];

    public static DocumentSettings Apply(DocumentSettings settings, string? yaml, int firstLine, MarkdownProblems problems)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return settings;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Error(firstLine + (int)e.Start.Line - 1, 0, $"front matter is not valid YAML: {e.InnerException?.Message ?? e.Message}");
            return settings;
        }
        if (stream.Documents.Count == 0) return settings;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            problems.Error(firstLine, 0, "front matter must be a mapping of settings");
            return settings;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = firstLine + (int)keyNode.Start.Line - 1;
            if (key == "keywords")
            {
                if (value is YamlSequenceNode seq)
                    settings = settings with { Keywords = seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList() };
                else problems.Error(line, 0, "front matter 'keywords' must be a list");
                continue;
            }
            if (value is not YamlScalarNode scalar)
            {
                problems.Error(line, 0, $"front matter '{key}' must be text");
                continue;
            }
            var text = scalar.Value ?? "";
            settings = key switch
            {
                "title" => text.Length > 0 ? settings with { Title = text } : settings,
                "subject" => settings with { Subject = text },
                "author" => settings with { Author = text },
                "header_left" => settings with { HeaderLeft = text },
                "header_right" => settings with { HeaderRight = text },
                "footer" => settings with { FooterText = text },
                "language" => text.Length > 0 ? settings with { Language = text } : settings,
                _ => Unknown(settings, key, line, problems),
            };
        }
        return settings;
    }

    private static DocumentSettings Unknown(DocumentSettings settings, string key, int line, MarkdownProblems problems)
    {
        problems.Error(line, 0, $"unknown front matter key '{key}' (known: {string.Join(", ", Keys)})");
        return settings;
    }
}
