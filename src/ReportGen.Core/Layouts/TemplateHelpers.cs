using System.Text;
using Scriban.Functions;
using Scriban.Runtime;
using ReportGen.Core.Markdown;

namespace ReportGen.Core.Layouts;

/// <summary>Builds the global objects a layout sees besides the model: <c>md</c> (escaping and confining user text),
/// <c>format</c> (durations, times, dates), <c>yaml</c> (front matter values), and a trimmed copy of Scriban's
/// built-ins without the clock, randomness or template evaluation.</summary>
internal static class TemplateHelpers
{
    private static readonly Dictionary<string, HashSet<string>> RemovedMembers = new()
    {
        ["math"] = ["uuid", "random"],
        ["object"] = ["eval", "eval_template"],
    };

    /// <summary>Scriban's built-ins plus ours, made once and only ever read (the removed members already left out):
    /// each render gets its own copy of the root and of every group.</summary>
    private static readonly BuiltinEntry[] Source = Entries(CreateSource());

    /// <summary>One global name: its value, or the members of a group (copied into a fresh object for each render).</summary>
    private sealed record BuiltinEntry(string Name, object? Value, KeyValuePair<string, object?>[]? Members);

    private static BuiltinEntry[] Entries(ScriptObject source) => source.GetMembers().Select(name =>
    {
        if (source[name] is not ScriptObject group) return new BuiltinEntry(name, source[name], null);
        RemovedMembers.TryGetValue(name, out var removed);
        var members = group.GetMembers().Where(m => removed is null || !removed.Contains(m))
            .Select(m => new KeyValuePair<string, object?>(m, group[m])).ToArray();
        return new BuiltinEntry(name, null, members);
    }).ToArray();

    /// <summary>Scriban's default built-ins in Scriban's order, without <c>date</c> and <c>timespan</c> (the clock).
    /// Built group by group rather than taken from a default <see cref="Scriban.TemplateContext"/>, which would also
    /// build those two: their delegate imports cost ~5 ms of reflection at start in the Native AOT tool.</summary>
    private static ScriptObject CreateSource()
    {
        var source = new ScriptObject(StringComparer.Ordinal)
        {
            ["array"] = new ArrayFunctions(),
            ["empty"] = EmptyScriptObject.Default,
            ["blank"] = EmptyScriptObject.Default,
            ["include"] = new IncludeFunction(),
            ["include_join"] = new IncludeJoinFunction(),
            ["html"] = new HtmlFunctions(),
            ["math"] = new MathFunctions(),
            ["object"] = new ObjectFunctions(),
            ["regex"] = new RegexFunctions(),
            ["string"] = new StringFunctions(),
        };
        source["md"] = Md();
        source["format"] = Format();
        source["yaml"] = Yaml();
        return source;
    }

    /// <summary>A fresh built-in object for one render (the root and each group copied, so a template that changes
    /// them cannot affect another render).</summary>
    public static ScriptObject Builtins()
    {
        var builtins = new ScriptObject(Source.Length, StringComparer.Ordinal);
        foreach (var (name, value, members) in Source)
        {
            if (members is not null)
            {
                var copy = new ScriptObject(members.Length, StringComparer.Ordinal);
                foreach (var (member, function) in members)
                    copy[member] = function;
                builtins[name] = copy;
            }
            else if (name is "include" or "include_join" && value is IScriptCustomFunction include)
                builtins[name] = new MarkdownIncludeFunction(include);
            else
                builtins[name] = value;
        }
        return builtins;
    }

    private static ScriptObject Md()
    {
        var md = new ScriptObject(StringComparer.Ordinal);
        md["text"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Text(Str(v))));
        md["inline"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownConfiner.Inline(Str(v))));
        md["cell"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownConfiner.Cell(Str(v))));
        md["block"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownConfiner.Block(Str(v))));
        md["list"] = HelperFunction.Of<MarkdownFragment>("value", List);
        md["code"] = HelperFunction.Of<MarkdownFragment>("code", "language", (code, lang) => new(Code(Str(code), Str(lang))));
        md["url"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Url(Str(v))));
        md["raw"] = HelperFunction.Of<MarkdownFragment>("value", v => new(Str(v) ?? ""));
        md["anchor"] = HelperFunction.Of<MarkdownFragment>("value", v => new(MarkdownEscaper.Slug(Str(v))));
        return md;
    }

    private static ScriptObject Format()
    {
        var format = new ScriptObject(StringComparer.Ordinal);
        format["duration"] = HelperFunction.Of<string>("value", FormatHelpers.Duration);
        format["time"] = HelperFunction.Of<string>("value", FormatHelpers.Time);
        format["date"] = HelperFunction.Of<string>("value", FormatHelpers.Date);
        format["datetime"] = HelperFunction.Of<string>("value", FormatHelpers.DateTime);
        return format;
    }

    private static ScriptObject Yaml()
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

    /// <summary>(md) items as a bullet list; an item's further lines are indented under its bullet.</summary>
    private static MarkdownFragment List(object? items)
    {
        var sb = new StringBuilder();
        if (items is System.Collections.IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                var block = MarkdownConfiner.Block(Str(item)).TrimStart(); // the first line sets the item's indent: keep it at the bullet
                if (block.Length == 0) continue;
                if (sb.Length > 0) sb.Append('\n');
                sb.Append("- ").Append(block.Replace("\n", "\n  "));
            }
        }
        return new(sb.ToString());
    }

    /// <summary>A fenced code block whose fence is longer than any backtick run in the code.</summary>
    private static string Code(string? code, string? language)
    {
        var text = (code ?? "").Replace("\r\n", "\n").TrimEnd('\n');
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
