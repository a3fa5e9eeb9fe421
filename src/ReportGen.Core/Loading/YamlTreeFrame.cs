using System.Text;

namespace ReportGen.Core.Loading;

/// <summary>A mapping or sequence the <see cref="YamlTreeReader"/> is still filling. Its node is attached to its
/// parent only once complete, so the YAML path of the position being read is built from the open frames.</summary>
internal sealed class YamlTreeFrame(YNode node)
{
    /// <summary>The mapping or sequence being filled.</summary>
    public YNode Node { get; } = node;
    /// <summary>The key whose value comes next (mappings).</summary>
    public YScalar? PendingKey { get; set; }
    /// <summary>True when the pending key repeats an earlier one: its value is read (and reported) but not kept.</summary>
    public bool DiscardValue { get; set; }
    /// <summary>Keys seen so far with their lines; built only for large mappings.</summary>
    public Dictionary<string, int>? Keys { get; set; }

    /// <summary>The YAML path of the value being read at the top of <paramref name="stack"/>, e.g.
    /// <c>lessons.went_well[1]</c>; with <paramref name="key"/> for a key being read. Built only for a diagnostic.</summary>
    public static string PathAt(Stack<YamlTreeFrame> stack, string? key = null)
    {
        var frames = stack.ToArray(); // top first
        var sb = new StringBuilder();
        for (var i = frames.Length - 1; i >= 0; i--)
        {
            var f = frames[i];
            if (f.Node is YSequence seq) sb.Append('[').Append(seq.Items.Count).Append(']');
            else if (f.PendingKey is { } k) Append(sb, k.Text);
            else break; // reading a key: the mapping's own path is complete
        }
        if (key is not null) Append(sb, key);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string key)
    {
        if (sb.Length > 0) sb.Append('.');
        sb.Append(key);
    }

    /// <summary>True when <paramref name="node"/> is still open: an alias to it would make a value contain itself.</summary>
    public static bool IsOpen(YNode node, Stack<YamlTreeFrame> stack)
    {
        foreach (var f in stack) if (ReferenceEquals(f.Node, node)) return true;
        return false;
    }

    /// <summary>The line where a key first appeared in this frame's mapping, or null (and the key is remembered).
    /// Small mappings are scanned; a hash set is built only for large ones, so a file with thousands of keys stays
    /// linear.</summary>
    public int? FirstLineOf(YScalar key)
    {
        var map = (YMapping)Node;
        if (Keys is null && map.Entries.Count < 16)
        {
            foreach (var e in map.Entries) if (e.Key.Text == key.Text) return e.Key.Line;
            return null;
        }
        if (Keys is null)
        {
            Keys = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in map.Entries) Keys.TryAdd(e.Key.Text, e.Key.Line);
        }
        if (Keys.TryGetValue(key.Text, out var line)) return line;
        Keys[key.Text] = key.Line;
        return null;
    }
}
