using Scriban;
using Scriban.Runtime;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>Our helper groups a layout sees besides Scriban's built-ins (see <see cref="LayoutBuiltins"/>): <c>md</c>
/// (escaping and confining user text), <c>format</c> (durations, times, dates), <c>yaml</c> (front matter values).</summary>
internal static class TemplateHelpers
{
    /// <summary>(md) escaping and confining user text for Markdown.</summary>
    public static ScriptObject Md()
    {
        var md = new ScriptObject(StringComparer.Ordinal);
        // What text, inline, cell, title, block, list and code print from an incident value is known as that value (see
        // OutputSources): the .docx marks it for import.
        md["text"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => Shown(c, v, MarkdownEscaper.Text(Str(v))));
        md["inline"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => Shown(c, v, MarkdownConfiner.Inline(Str(v))));
        md["cell"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => Shown(c, v, MarkdownConfiner.Cell(Str(v))));
        md["block"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => Shown(c, v, MarkdownConfiner.Block(Str(v)), block: true));
        md["list"] = HelperFunction.WithContext<MarkdownFragment>("value", MarkdownList.Of);
        md["code"] = HelperFunction.WithContext<MarkdownFragment>("code", "language", (c, code, lang) => Shown(c, code, Code(Str(code), Str(lang)), block: true));
        md["url"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Url(Str(v))));
        md["title"] = HelperFunction.WithContext<MarkdownFragment>("value", (c, v) => Shown(c, v, LinkTitle(Str(v))));
        md["raw"] = HelperFunction.Of<MarkdownFragment>("value", v => new(Str(v) ?? ""));
        md["anchor"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Slug(Str(v))));
        return md;
    }

    /// <summary>Markdown that shows <paramref name="value"/>: known as that incident value when it is one.</summary>
    private static MarkdownFragment Shown(TemplateContext context, object? value, string markdown, bool block = false) =>
        new(markdown) { ValueId = context is SandboxContext sandbox ? sandbox.ValueId(value) : -1, IsBlock = block };

    /// <summary>(format) durations, times and dates as the report writes them.</summary>
    public static ScriptObject Format()
    {
        var format = new ScriptObject(StringComparer.Ordinal);
        format["duration"] = HelperFunction.Of<string>("value", FormatHelpers.Duration);
        format["time"] = ShownDate(FormatHelpers.Time);
        format["date"] = ShownDate(FormatHelpers.Date);
        format["datetime"] = ShownDate(FormatHelpers.DateTime);
        format["link_item"] = HelperFunction.Of<string>("value", FormatHelpers.LinkItem);
        return format;
    }

    /// <summary>A date helper whose text, written as it is, shows the key it was given (for <c>reportgen import</c>).</summary>
    private static HelperFunction ShownDate(Func<object?, string> format) => HelperFunction.WithContext<string>("value", (context, value) =>
    {
        var text = format(value);
        if (text.Length > 0 && context is SandboxContext sandbox) sandbox.Sources.DateShown(text);
        return text;
    });

    /// <summary>(yaml) values quoted for the front matter.</summary>
    public static ScriptObject Yaml()
    {
        var yaml = new ScriptObject(StringComparer.Ordinal);
        yaml["quote"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.YamlQuote(Str(v))));
        return yaml;
    }

    internal static string? Str(object? value) => value switch
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
