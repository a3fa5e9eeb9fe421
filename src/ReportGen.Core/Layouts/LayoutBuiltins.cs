using Scriban.Functions;
using Scriban.Runtime;

namespace ReportGen.Core.Layouts;

/// <summary>The global names one layout can use besides the model: Scriban's default built-ins without the clock,
/// randomness or template evaluation, and our <c>md</c>, <c>format</c> and <c>yaml</c> helpers. Only the names that
/// occur somewhere in the layout's template text are prepared: with no eval, a template reaches a built-in only by
/// writing its name. Scriban builds its function groups by reflection (~10 ms at start in the Native AOT tool), which the
/// default layout, using none of them, then never pays. Immutable; <see cref="Create"/> gives each render its own
/// copies.</summary>
internal sealed class LayoutBuiltins
{
    private static readonly Dictionary<string, HashSet<string>> RemovedMembers = new()
    {
        ["math"] = ["uuid", "random"],
        ["object"] = ["eval", "eval_template"],
    };

    /// <summary>Scriban's default built-ins in Scriban's order (without <c>date</c> and <c>timespan</c>), then ours;
    /// each prepared on first use and only ever read afterwards.</summary>
    private static readonly (string Name, Lazy<Entry> Entry)[] Known =
    [
        Builtin("array", () => new ArrayFunctions()),
        Builtin("empty", () => EmptyScriptObject.Default),
        Builtin("blank", () => EmptyScriptObject.Default),
        Builtin("include", () => new IncludeFunction()),
        Builtin("include_join", () => new IncludeJoinFunction()),
        Builtin("html", () => new HtmlFunctions()),
        Builtin("math", () => new MathFunctions()),
        Builtin("object", () => new ObjectFunctions()),
        Builtin("regex", () => new RegexFunctions()),
        Builtin("string", () => new StringFunctions()),
        Builtin("md", TemplateHelpers.Md),
        Builtin("format", TemplateHelpers.Format),
        Builtin("yaml", TemplateHelpers.Yaml),
    ];

    private readonly Entry[] _entries;

    private LayoutBuiltins(Entry[] entries) => _entries = entries;

    /// <summary>Every built-in, whatever a layout names.</summary>
    public static LayoutBuiltins All => new(Known.Select(k => k.Entry.Value).ToArray());

    /// <summary>The built-ins named anywhere in <paramref name="templateTexts"/>. A name that only appears in prose or
    /// inside a longer word is prepared too: harmless, it just costs its preparation.</summary>
    public static LayoutBuiltins For(IEnumerable<string> templateTexts)
    {
        var texts = templateTexts.ToList();
        return new(Known.Where(k => texts.Any(t => t.Contains(k.Name, StringComparison.Ordinal))).Select(k => k.Entry.Value).ToArray());
    }

    /// <summary>A fresh built-in object for one render (the root and each group copied, so a template that changes
    /// them cannot affect another render).</summary>
    public ScriptObject Create()
    {
        var builtins = new ScriptObject(_entries.Length, StringComparer.Ordinal);
        foreach (var (name, value, members) in _entries)
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

    private static (string, Lazy<Entry>) Builtin(string name, Func<object> create) =>
        (name, new Lazy<Entry>(() => Prepare(name, create()), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>A plain value, or a group's members less the removed ones (copied into a fresh object per render).</summary>
    private static Entry Prepare(string name, object value)
    {
        if (value is not ScriptObject group) return new Entry(name, value, null);
        RemovedMembers.TryGetValue(name, out var removed);
        var members = group.GetMembers().Where(m => removed is null || !removed.Contains(m))
            .Select(m => new KeyValuePair<string, object?>(m, group[m])).ToArray();
        return new Entry(name, null, members);
    }

    private sealed record Entry(string Name, object? Value, KeyValuePair<string, object?>[]? Members);
}
