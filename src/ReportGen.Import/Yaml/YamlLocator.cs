using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Import.Yaml;

/// <summary>Where a node stands in the YAML text: character offsets of its source text, its style, and the indentation
/// its content needs (the column of its key or dash plus two).</summary>
internal sealed record YamlSpot(int Start, int End, ScalarStyle Style, int Indent, bool IsScalar)
{
    /// <summary>Number of items when the node is a sequence.</summary>
    public int Items { get; init; }

    /// <summary>The scalar's value as YAML reads it (null for a mapping or sequence).</summary>
    public string? Value { get; init; }
}

/// <summary>Finds every node of a YAML text by its path (<c>timeline[3].event</c>) from the parser's events and their
/// positions, so values can be replaced in the text without touching anything around them.</summary>
internal static class YamlLocator
{
    /// <summary>Every node's spot by path.</summary>
    public static Dictionary<string, YamlSpot> Locate(string text)
    {
        var spots = new Dictionary<string, YamlSpot>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        string? pendingPath = null; // path of the value about to come
        int pendingIndent = 2;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            switch (e)
            {
                case DocumentStart:
                    pendingPath = "";
                    pendingIndent = 2;
                    break;
                case Scalar s when stack.Count > 0 && stack.Peek() is { IsMapping: true, ExpectKey: true } keyFrame:
                    keyFrame.ExpectKey = false;
                    pendingPath = Join(keyFrame.Path, s.Value);
                    pendingIndent = (int)s.Start.Column - 1 + 2;
                    break;
                case Scalar s:
                    var path = NextPath(stack, ref pendingPath, ref pendingIndent, s.Start);
                    if (path is not null) spots[path] = new YamlSpot((int)s.Start.Index, (int)s.End.Index, s.Style, pendingIndent, true) { Value = s.Value };
                    break;
                case MappingStart m:
                    var mp = NextPath(stack, ref pendingPath, ref pendingIndent, m.Start) ?? "?";
                    stack.Push(new Frame(mp, true, (int)m.Start.Index));
                    break;
                case SequenceStart q:
                    var sp = NextPath(stack, ref pendingPath, ref pendingIndent, q.Start) ?? "?";
                    stack.Push(new Frame(sp, false, (int)q.Start.Index) { Indent = pendingIndent });
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = stack.Pop();
                    spots[frame.Path] = new YamlSpot(frame.Start, (int)e.End.Index, ScalarStyle.Any, frame.Indent, false) { Items = frame.Index };
                    break;
            }
        }
        return spots;
    }

    /// <summary>The path of the node starting now, and the parent frame moved on past it.</summary>
    private static string? NextPath(Stack<Frame> stack, ref string? pendingPath, ref int pendingIndent, Mark start)
    {
        if (stack.Count == 0) { var root = pendingPath; pendingPath = null; return root; }
        var parent = stack.Peek();
        if (parent.IsMapping)
        {
            parent.ExpectKey = true;
            var p = pendingPath;
            pendingPath = null;
            return p;
        }
        var path = parent.Path + "[" + parent.Index.ToString(CultureInfo.InvariantCulture) + "]";
        parent.Index++;
        // A list item's own text is indented at its column (a block scalar's lines under "- |" line up with the text).
        pendingIndent = (int)start.Column - 1;
        return path;
    }

    private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    private sealed class Frame(string path, bool isMapping, int start)
    {
        public string Path { get; } = path;
        public bool IsMapping { get; } = isMapping;
        public int Start { get; } = start;
        public bool ExpectKey { get; set; } = isMapping;
        public int Index { get; set; }
        public int Indent { get; init; }
    }
}
