using System.Text;
using Scriban;
using Scriban.Runtime;
using ReportGen.Core.Markdown;
using ReportGen.Core.Provenance;

namespace ReportGen.Core.Layouts;

/// <summary>Our helper groups a layout sees besides Scriban's built-ins (see <see cref="LayoutBuiltins"/>): <c>md</c>
/// (escaping and confining user text), <c>format</c> (durations, times, dates), <c>yaml</c> (front matter values).</summary>
internal static class TemplateHelpers
{
    /// <summary>(md) escaping and confining user text for Markdown.</summary>
    public static ScriptObject Md()
    {
        var md = new ScriptObject(StringComparer.Ordinal);
        // Text, inline, cell, block and list items carry value markers (see ValueMarkers) when they print an incident value.
        md["text"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => new(Inline(c, v, MarkdownEscaper.Text(Str(v)))));
        md["inline"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => new(Inline(c, v, MarkdownConfiner.Inline(Str(v)))));
        md["cell"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => new(Inline(c, v, MarkdownConfiner.Cell(Str(v)))));
        md["block"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => new(Block(c, v, MarkdownConfiner.Block(Str(v)))));
        md["list"] = HelperFunction.WithContext<MarkdownFragment>("value", List);
        md["code"] = HelperFunction.Of<MarkdownFragment>("code", "language", (code, lang) => new(Code(Str(code), Str(lang))));
        md["url"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Url(Str(v))));
        md["title"] = HelperFunction.Of<MarkdownFragment>("value", v => new(LinkTitle(Str(v))));
        md["raw"] = HelperFunction.Of<MarkdownFragment>("value", v => new(Str(v) ?? ""));
        md["anchor"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Slug(Str(v))));
        return md;
    }

    /// <summary>The Markdown of an incident value between inline value markers; other text as it is.</summary>
    internal static string Inline(TemplateContext context, object? value, string markdown) =>
        context is SandboxContext { Values: { } values } && values.IdOf(value) is >= 0 and var id ? ValueMarkers.Inline(id, markdown) : markdown;

    private static string Block(TemplateContext context, object? value, string markdown, int indent = 0) =>
        context is SandboxContext { Values: { } values } && values.IdOf(value) is >= 0 and var id ? ValueMarkers.Block(id, markdown, indent) : markdown;

    /// <summary>(format) durations, times and dates as the report writes them.</summary>
    public static ScriptObject Format()
    {
        var format = new ScriptObject(StringComparer.Ordinal);
        format["duration"] = HelperFunction.Of<string>("value", FormatHelpers.Duration);
        format["time"] = HelperFunction.Of<string>("value", FormatHelpers.Time);
        format["date"] = HelperFunction.Of<string>("value", FormatHelpers.Date);
        format["datetime"] = HelperFunction.Of<string>("value", FormatHelpers.DateTime);
        return format;
    }

    /// <summary>(yaml) values quoted for the front matter.</summary>
    public static ScriptObject Yaml()
    {
        var yaml = new ScriptObject(StringComparer.Ordinal);
        yaml["quote"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.YamlQuote(Str(v))));
        return yaml;
    }

    private static string? Str(object? value) => value switch
    {
        null => null,
        string s => s,
        MarkdownFragment f => f.Text,
        DateTimeOffset t => FormatHelpers.DateTime(t),
        DateOnly d => FormatHelpers.Date(d),
        TimeSpan s => FormatHelpers.Duration(s),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A link or image title (a figure's caption when its alt text differs): plain text in double quotes;
    /// the escapes <see cref="MarkdownEscaper.Text"/> writes hold inside a title too, a quote is escaped.</summary>
    private static string LinkTitle(string? text) =>
        "\"" + MarkdownEscaper.Text(text).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>(md) items as a bullet list; an item's further lines are indented under its bullet.</summary>
    private static MarkdownFragment List(TemplateContext context, object? items)
    {
        var sb = new StringBuilder();
        if (items is System.Collections.IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                // The first line sits right after the bullet: confine the item as it will be read there.
                var block = MarkdownConfiner.Block(Str(item)?.TrimStart());
                if (block.Length == 0) continue;
                if (sb.Length > 0) sb.Append('\n');
                // An item's markers stand on lines of their own inside the item, so its first block keeps its meaning.
                sb.Append("- ").Append(Block(context, item, block.Replace("\n", "\n  ", StringComparison.Ordinal), indent: 2));
            }
        }
        return new(sb.ToString());
    }

    /// <summary>A fenced code block whose fence is longer than any backtick run in the code.</summary>
    private static string Code(string? code, string? language)
    {
        var text = (code ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        var lang = new string((language ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '-' or '_' or '.').ToArray());
        return $"{fence}{lang}\n{text}\n{fence}";
    }
}
