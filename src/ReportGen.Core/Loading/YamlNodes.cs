using System.Text;

namespace ReportGen.Core.Loading;

/// <summary>A node of the parsed YAML tree, with its 1-based source position and a link to its parent so a
/// diagnostic can name its YAML path. Validation stores the typed value of a scalar in <see cref="YScalar.Value"/>.</summary>
internal abstract class YNode
{
    protected YNode(int line, int column) { Line = line; Column = column; }

    /// <summary>1-based line of the node's first character.</summary>
    public int Line { get; }
    /// <summary>1-based column of the node's first character.</summary>
    public int Column { get; }
    /// <summary>How many values the node stands for once aliases are expanded (itself included).</summary>
    public long Weight { get; set; } = 1;
    /// <summary>Mapping or sequence holding this node (null for the root).</summary>
    public YNode? Parent { get; private set; }
    /// <summary>Key under which the parent mapping holds this node.</summary>
    public string? Key { get; private set; }
    /// <summary>Index in the parent sequence, or -1.</summary>
    public int Index { get; private set; } = -1;
    /// <summary>What the value is, in the words an error message uses ("text", "a list", "a mapping").</summary>
    public abstract string KindName { get; }

    /// <summary>Attaches the node to its first parent (an aliased node keeps the position of its anchor).</summary>
    public void Attach(YNode parent, string? key, int index)
    {
        if (Parent is not null) return;
        Parent = parent; Key = key; Index = index;
    }

    /// <summary>The YAML path, e.g. <c>action_items[2].due</c>; built only when a diagnostic needs it.</summary>
    public string Path
    {
        get
        {
            var parts = new Stack<YNode>();
            for (var n = this; n.Parent is not null; n = n.Parent) parts.Push(n);
            var sb = new StringBuilder();
            foreach (var n in parts)
            {
                if (n.Key is not null) { if (sb.Length > 0) sb.Append('.'); sb.Append(n.Key); }
                else sb.Append('[').Append(n.Index).Append(']');
            }
            return sb.ToString();
        }
    }
}

/// <summary>A scalar, kept as the text written (YAML 1.1 would read 09:12 as a number; we never do).</summary>
internal sealed class YScalar(string text, bool plain, int line, int column) : YNode(line, column)
{
    /// <summary>The text as written, after YAML unescaping and folding.</summary>
    public string Text { get; } = text;
    /// <summary>True for an unquoted scalar (only those can mean null).</summary>
    public bool IsPlain { get; } = plain;
    /// <summary>The typed value validation found (string, DateTimeOffset, DateOnly, TimeOnly, int enum index), or null.</summary>
    public object? Value { get; set; }
    /// <summary>Where the lines of a multi-line value stand in the file; null for a one-line or quoted value.</summary>
    public ScalarSourceMap? SourceLines { get; init; }

    /// <summary>The 1-based line and column in the file of the character at <paramref name="offset"/> of
    /// <see cref="Text"/>: inside the value for a block or plain scalar, the value's start for a quoted one.</summary>
    public (int Line, int Column) PositionAt(int offset) =>
        SourceLines?.At(offset) ?? (IsPlain && !Text.Contains('\n') ? (Line, Column + Math.Clamp(offset, 0, Text.Length)) : (Line, Column));

    /// <summary>The position in the file of the character that comes after <paramref name="written"/>, a text made from
    /// this value that may hold more than the value (escapes, entities, indentation) or turn its line breaks
    /// into spaces (see <see cref="DerivedText.ValueOffset"/>).</summary>
    public (int Line, int Column) PositionAfter(ReadOnlySpan<char> written) => PositionAt(DerivedText.ValueOffset(written, Text));

    /// <summary>True for an empty value, <c>~</c> or <c>null</c>: treated as an absent key.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";
    /// <inheritdoc/>
    public override string KindName => "text";
}

/// <summary>A mapping; keys are unique (the reader reports duplicates) and kept in file order.</summary>
internal sealed class YMapping(int line, int column) : YNode(line, column)
{
    /// <summary>Entries in file order.</summary>
    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];
    /// <inheritdoc/>
    public override string KindName => "a mapping";

    /// <summary>The value under <paramref name="key"/>, or null. Linear: mappings here hold a handful of keys.</summary>
    public YNode? Get(string key)
    {
        foreach (var e in Entries)
            if (e.Key.Text == key) return e.Value is YScalar { IsNull: true } ? null : e.Value;
        return null;
    }

    /// <summary>The typed value validation stored for a scalar key, or null when absent or invalid.</summary>
    public T? ValueOf<T>(string key) where T : struct => Get(key) is YScalar { Value: T v } ? v : null;

    /// <summary>The text of a scalar key, or null when absent or invalid.</summary>
    public string? TextOf(string key) => Get(key) is YScalar { Value: string s } ? s : null;
}

/// <summary>A sequence.</summary>
internal sealed class YSequence(int line, int column) : YNode(line, column)
{
    /// <summary>Items in file order.</summary>
    public List<YNode> Items { get; } = [];
    /// <inheritdoc/>
    public override string KindName => "a list";
}

/// <summary>Small lookups used by the checks.</summary>
internal static class YMappingExtensions
{
    /// <summary>The trimmed text of a scalar key as written, or "".</summary>
    public static string TextOfScalar(this YMapping map, string key) => map.Get(key) is YScalar s ? s.Text.Trim() : "";
}
