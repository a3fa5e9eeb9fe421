using ReportGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Core.Loading;

/// <summary>Turns YAML text into a <see cref="YNode"/> tree from the parser's event stream, without recursion, so that
/// nesting depth and alias expansion are bounded before they can cost time or memory. Aliases point at the anchored
/// node (never copied); the number of values they would expand to is counted and capped ("billion laughs").</summary>
internal sealed class YamlTreeReader
{
    private readonly string file;
    private readonly LoadOptions options;
    private readonly Dictionary<string, YNode> anchors = new(StringComparer.Ordinal);
    private long expandedValues;

    private YamlTreeReader(string file, LoadOptions options) { this.file = file; this.options = options; }

    /// <summary>Reads one YAML document. Returns the root (null for an empty document) or the first problem.</summary>
    public static (YNode? Root, Diagnostic? Problem) Read(string text, string file, LoadOptions options)
    {
        var reader = new YamlTreeReader(file, options);
        try
        {
            return reader.ReadDocument(new Parser(new StringReader(text)));
        }
        catch (YamlException ex)
        {
            return (null, MalformedYaml.Describe(ex, text, file));
        }
    }

    private (YNode?, Diagnostic?) ReadDocument(Parser parser)
    {
        YNode? root = null;
        var stack = new Stack<Frame>();
        var documents = 0;
        while (parser.MoveNext())
        {
            var ev = parser.Current!;
            switch (ev)
            {
                case DocumentStart ds when !ds.IsImplicit || documents > 0:
                    if (++documents > 1)
                        return (null, Error(ds.Start, "the file holds more than one YAML document",
                            "keep one incident per file; remove the second '---'"));
                    continue;
                case DocumentStart:
                    documents++;
                    continue;
                case MappingStart ms:
                    if (Open(new YMapping(L(ms.Start), C(ms.Start)), ms, stack, ref root) is { } deep) return (null, deep);
                    continue;
                case SequenceStart ss:
                    if (Open(new YSequence(L(ss.Start), C(ss.Start)), ss, stack, ref root) is { } deep2) return (null, deep2);
                    continue;
                case MappingEnd or SequenceEnd:
                    var done = stack.Pop();
                    if (done.PendingKey is not null)
                        return (null, Error(ev.Start, "a key has no value", null));
                    if (Close(done.Node, stack, ref root) is { } p1) return (null, p1);
                    continue;
                case Scalar sc:
                    var scalar = new YScalar(sc.Value, sc.Style == ScalarStyle.Plain, L(sc.Start), C(sc.Start));
                    Remember(sc.Anchor, scalar);
                    if (Place(scalar, stack, ref root, isNew: true) is { } p2) return (null, p2);
                    continue;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        return (null, Error(alias.Start, $"alias '*{alias.Value.Value}' names no anchor defined above it", null));
                    expandedValues += target.Weight;
                    if (expandedValues > options.MaxExpandedValues)
                        return (null, Error(alias.Start,
                            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"aliases expand to more than {options.MaxExpandedValues:N0} values; refusing to expand them"),
                            "an incident file needs no anchors or aliases; write the values out"));
                    if (Place(target, stack, ref root, isNew: false) is { } p3) return (null, p3);
                    continue;
            }
        }
        return (root, null);
    }

    private Diagnostic? Open(YNode node, NodeEvent ev, Stack<Frame> stack, ref YNode? root)
    {
        if (stack.Count + 1 > options.MaxDepth)
            return Error(ev.Start, $"values are nested more than {options.MaxDepth} levels deep",
                "an incident file needs only a few levels of nesting");
        Remember(ev.Anchor, node);
        stack.Push(new Frame(node));
        return null;
    }

    private Diagnostic? Close(YNode node, Stack<Frame> stack, ref YNode? root)
    {
        long weight = 1;
        if (node is YMapping m) foreach (var e in m.Entries) weight += e.Value.Weight + 1;
        else if (node is YSequence s) foreach (var i in s.Items) weight += i.Weight;
        node.Weight = weight;
        return Place(node, stack, ref root, isNew: true);
    }

    /// <summary>Puts a finished node into its parent: as a key, as the value of the pending key, or as an item.</summary>
    private Diagnostic? Place(YNode node, Stack<Frame> stack, ref YNode? root, bool isNew)
    {
        if (isNew) expandedValues++;
        if (expandedValues > options.MaxExpandedValues)
            return Error(node, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file holds more than {options.MaxExpandedValues:N0} values"), null);
        if (stack.Count == 0) { root = node; return null; }
        var frame = stack.Peek();
        switch (frame.Node)
        {
            case YSequence seq:
                node.Attach(seq, null, seq.Items.Count);
                seq.Items.Add(node);
                return null;
            case YMapping map when frame.PendingKey is null:
                if (node is not YScalar key)
                    return Error(node, "a key must be plain text, not " + node.KindName, "write keys as 'name: value'");
                if (FirstLineOf(key, map, frame) is { } firstLine)
                    return Error(key, $"duplicate key '{key.Text}'", $"first at line {firstLine}; each key may appear once");
                frame.PendingKey = key;
                return null;
            case YMapping map:
                node.Attach(map, frame.PendingKey.Text, -1);
                map.Entries.Add(new(frame.PendingKey, node));
                frame.PendingKey = null;
                return null;
        }
        return null;
    }

    /// <summary>The line where a key first appeared in the mapping, or null. Small mappings are scanned; a hash set
    /// is built only for large ones, so a hostile file with thousands of keys stays linear.</summary>
    private static int? FirstLineOf(YScalar key, YMapping map, Frame frame)
    {
        if (frame.Keys is null && map.Entries.Count < 16)
        {
            foreach (var e in map.Entries) if (e.Key.Text == key.Text) return e.Key.Line;
            return null;
        }
        if (frame.Keys is null)
        {
            frame.Keys = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in map.Entries) frame.Keys.TryAdd(e.Key.Text, e.Key.Line);
        }
        if (frame.Keys.TryGetValue(key.Text, out var line)) return line;
        frame.Keys[key.Text] = key.Line;
        return null;
    }

    private void Remember(AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
    }

    private Diagnostic Error(Mark at, string message, string? hint) =>
        new(DiagnosticSeverity.Error, file, L(at), C(at), message, null, hint);

    private Diagnostic Error(YNode at, string message, string? hint) =>
        new(DiagnosticSeverity.Error, file, at.Line, at.Column, message, at.Parent is null ? null : at.Path, hint);

    private static int L(Mark m) => (int)Math.Max(1, m.Line);
    private static int C(Mark m) => (int)Math.Max(1, m.Column);

    private sealed class Frame(YNode node)
    {
        public YNode Node { get; } = node;
        public YScalar? PendingKey { get; set; }
        public Dictionary<string, int>? Keys { get; set; }
    }
}
