namespace ReportGen.Core.Loading;

/// <summary>Where each record of a bound incident was written: the YAML node the binder read it from, keyed by the
/// record instance (records compare by value, so by reference here). The template model uses it to give every value a
/// layout shows its place in the incident file. One per loaded file; filled while binding, read-only afterwards.</summary>
internal sealed class IncidentPositions(string file)
{
    private readonly Dictionary<object, YNode> _nodes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The incident file as diagnostics name it.</summary>
    public string File { get; } = file;

    /// <summary>Records that <paramref name="record"/> was read from <paramref name="node"/> (the first node wins: a
    /// record with every key absent is the shape's shared seed).</summary>
    public void Add(object record, YNode node) => _nodes.TryAdd(record, node);

    /// <summary>The node <paramref name="record"/> was read from, or null.</summary>
    public YNode? Of(object record) => _nodes.GetValueOrDefault(record);
}
