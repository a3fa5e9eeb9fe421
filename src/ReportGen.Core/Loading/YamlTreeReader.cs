using ReportGen.Document.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Core.Loading;

/// <summary>Turns YAML text into a <see cref="YNode"/> tree from the parser's event stream, without recursion, so that
/// nesting depth and alias expansion are bounded before they can cost time or memory. Aliases point at the anchored
/// node (never copied); the number of values they would expand to is counted and capped ("billion laughs"), and an
/// alias inside the very value it names (a cycle, which would expand for ever) is refused. Duplicate keys and alias
/// problems are collected, all of them, while reading goes on.</summary>
internal sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly string _source;
    private readonly LoadOptions _options;
    private readonly UnicodeLineBreaks? _swap;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _anchorLines = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _problems = [];
    private readonly List<(int Index, string Name)> _undefinedAliases = [];
    private bool _aliasFailed;
    private long _expandedValues;

    private YamlTreeReader(string file, string source, LoadOptions options, UnicodeLineBreaks? swap)
    {
        _file = file;
        _source = source;
        _options = options;
        _swap = swap;
    }

    /// <summary>What reading found: the root (null for an empty document or a fatal problem), the problems, and
    /// whether they leave a tree worth validating (duplicate keys do: the first value of each key is kept).</summary>
    public sealed record Outcome(YNode? Root, IReadOnlyList<Diagnostic> Problems, bool Fatal);

    /// <summary>Reads one YAML document.</summary>
    public static Outcome Read(string text, string file, LoadOptions options)
    {
        var (masked, swap) = UnicodeLineBreaks.Mask(text);
        var reader = new YamlTreeReader(file, masked, options, swap);
        try
        {
            return reader.ReadDocument(new Parser(new StringReader(masked)));
        }
        catch (YamlException ex)
        {
            reader._problems.Add(MalformedYaml.Describe(ex, text, file));
            return new(null, reader._problems, true);
        }
    }

    private Outcome ReadDocument(Parser parser)
    {
        YNode? root = null;
        var stack = new Stack<YamlTreeFrame>();
        var documents = 0;
        while (parser.MoveNext())
        {
            var ev = parser.Current!;
            switch (ev)
            {
                case DocumentStart ds when !ds.IsImplicit || documents > 0:
                    if (++documents > 1)
                        return Fail(Error(ds.Start, "the file holds more than one YAML document",
                            "keep one incident per file; remove the second '---'"));
                    continue;
                case DocumentStart:
                    documents++;
                    continue;
                case MappingStart ms:
                    if (Open(new YMapping(L(ms.Start), C(ms.Start)), ms, stack) is { } deep) return Fail(deep);
                    continue;
                case SequenceStart ss:
                    if (Open(new YSequence(L(ss.Start), C(ss.Start)), ss, stack) is { } deep2) return Fail(deep2);
                    continue;
                case MappingEnd or SequenceEnd:
                    var done = stack.Pop();
                    if (done.PendingKey is not null) return Fail(Error(ev.Start, "a key has no value", null));
                    if (Close(done.Node, stack, ref root) is { } p1) return Fail(p1);
                    continue;
                case Scalar sc:
                    var text = _swap is null ? sc.Value : _swap.Restore(sc.Value);
                    var scalar = new YScalar(text, sc.Style == ScalarStyle.Plain, L(sc.Start), C(sc.Start))
                    {
                        // Only values on more than one line need one (a one-line plain value is its own map).
                        SourceLines = sc.Style is ScalarStyle.Literal or ScalarStyle.Folded || (sc.Style == ScalarStyle.Plain && sc.End.Line > sc.Start.Line)
                            ? ScalarSourceMap.For(_source, sc, text) : null,
                    };
                    Remember(sc.Anchor, scalar);
                    if (Place(scalar, stack, ref root, isNew: true) is { } p2) return Fail(p2);
                    continue;
                case AnchorAlias alias:
                    if (Alias(alias, stack, ref root) is { } p3) return Fail(p3);
                    continue;
            }
        }
        FinishUndefinedAliases();
        return new(root, _problems, _aliasFailed);
    }

    /// <summary>Places the aliased node, or reports why not (undefined, or inside itself) and places an empty value
    /// so reading can go on and find the other problems.</summary>
    private Diagnostic? Alias(AnchorAlias alias, Stack<YamlTreeFrame> stack, ref YNode? root)
    {
        var name = alias.Value.Value;
        var quoted = DiagnosticText.Quote("*" + name);
        YNode? target = null;
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            _undefinedAliases.Add((_problems.Count, name));
            _problems.Add(Error(alias.Start, $"undefined alias {quoted}", null, YamlTreeFrame.PathAt(stack)));
        }
        else if (YamlTreeFrame.IsOpen(anchored, stack))
        {
            var kind = anchored is YMapping ? "mapping" : "list";
            _problems.Add(Error(alias.Start,
                $"alias {quoted} is inside the {kind} it names (anchor &{name}, line {anchored.Line}): a value cannot contain itself",
                "write the values out instead of the alias; an incident file needs no anchors or aliases", YamlTreeFrame.PathAt(stack)));
        }
        else target = anchored;

        if (target is null)
        {
            _aliasFailed = true;
            return Place(new YScalar("", true, L(alias.Start), C(alias.Start)), stack, ref root, isNew: true);
        }
        _expandedValues += target.Weight;
        if (_expandedValues > _options.MaxExpandedValues)
            return Error(alias.Start, $"aliases expand to more than {_options.MaxExpandedValues:N0} values; refusing to expand them",
                "an incident file needs no anchors or aliases; write the values out");
        return Place(target, stack, ref root, isNew: false);
    }

    /// <summary>An alias used above its anchor gets a hint naming the anchor's line; known only at the end.</summary>
    private void FinishUndefinedAliases()
    {
        foreach (var (index, name) in _undefinedAliases)
            _problems[index] = _problems[index] with
            {
                Hint = _anchorLines.TryGetValue(name, out var line)
                    ? $"anchor &{name} is defined below, on line {line}; an alias can only name an anchor above it"
                    : $"alias '{name}' is not defined above; define it with &{name} first",
            };
    }

    private Outcome Fail(Diagnostic problem)
    {
        _problems.Add(problem);
        return new(null, _problems, true);
    }

    private Diagnostic? Open(YNode node, NodeEvent ev, Stack<YamlTreeFrame> stack)
    {
        if (stack.Count + 1 > _options.MaxDepth)
            return Error(ev.Start, $"values are nested more than {_options.MaxDepth} levels deep",
                "an incident file needs only a few levels of nesting");
        Remember(ev.Anchor, node);
        stack.Push(new YamlTreeFrame(node));
        return null;
    }

    private Diagnostic? Close(YNode node, Stack<YamlTreeFrame> stack, ref YNode? root)
    {
        long weight = 1;
        if (node is YMapping m) foreach (var e in m.Entries) weight += e.Value.Weight + 1;
        else if (node is YSequence s) foreach (var i in s.Items) weight += i.Weight;
        node.Weight = weight;
        return Place(node, stack, ref root, isNew: true);
    }

    /// <summary>Puts a finished node into its parent: as a key, as the value of the pending key, or as an item.
    /// Returns a problem only when reading cannot go on.</summary>
    private Diagnostic? Place(YNode node, Stack<YamlTreeFrame> stack, ref YNode? root, bool isNew)
    {
        if (isNew) _expandedValues++;
        if (_expandedValues > _options.MaxExpandedValues)
            return Error(node, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file holds more than {_options.MaxExpandedValues:N0} values"), null);
        if (stack.Count == 0) { root = node; return null; }
        var frame = stack.Peek();
        switch (frame.Node)
        {
            case YSequence seq:
                node.Attach(seq, null, seq.Items.Count);
                seq.Items.Add(node);
                return null;
            case YMapping when frame.PendingKey is null:
                if (node is not YScalar key)
                    return Error(node, "a key must be plain text, not " + node.KindName, "write keys as 'name: value'");
                if (frame.FirstLineOf(key) is { } firstLine)
                {
                    _problems.Add(Error(key, $"duplicate key {DiagnosticText.Quote(key.Text)}",
                        $"first at line {firstLine}; each key may appear once", YamlTreeFrame.PathAt(stack, key.Text)));
                    frame.DiscardValue = true;
                }
                frame.PendingKey = key;
                return null;
            case YMapping map:
                if (!frame.DiscardValue)
                {
                    node.Attach(map, frame.PendingKey.Text, -1);
                    map.Entries.Add(new(frame.PendingKey, node));
                }
                frame.PendingKey = null;
                frame.DiscardValue = false;
                return null;
        }
        return null;
    }

    private void Remember(AnchorName anchor, YNode node)
    {
        if (anchor.IsEmpty) return;
        _anchors[anchor.Value] = node;
        _anchorLines.TryAdd(anchor.Value, node.Line);
    }

    private Diagnostic Error(Mark at, string message, string? hint, string? path = null) =>
        new(DiagnosticSeverity.Error, _file, L(at), C(at), message, string.IsNullOrEmpty(path) ? null : path, hint);

    private Diagnostic Error(YNode at, string message, string? hint, string? path = null) =>
        new(DiagnosticSeverity.Error, _file, at.Line, at.Column, message, path ?? (at.Parent is null ? null : at.Path), hint);

    private static int L(Mark m) => (int)Math.Max(1, m.Line);
    private static int C(Mark m) => (int)Math.Max(1, m.Column);
}
