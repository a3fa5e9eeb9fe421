namespace ReportGen.Cli.Rendering;

/// <summary>Puts items that finish in any order back into input order: an item is released once every item before it
/// has been released, so a slow file holds back the ones after it. Not thread-safe: the caller holds its lock.</summary>
/// <typeparam name="T">What is kept per input (a finished file's outcome).</typeparam>
internal sealed class InputOrderBuffer<T>
{
    private readonly SortedDictionary<int, T> _waiting = [];
    private int _next;

    /// <summary>Adds the item of input <paramref name="index"/> (0-based, each index once) and returns every item that
    /// can now go out, in input order (empty while an earlier input is still unfinished).</summary>
    public IReadOnlyList<T> Add(int index, T item)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, _next);
        if (!_waiting.TryAdd(index, item))
            throw new ArgumentException($"input {index} was already added", nameof(index));
        var ready = new List<T>();
        while (_waiting.Remove(_next, out var next))
        {
            ready.Add(next);
            _next++;
        }
        return ready;
    }

    /// <summary>Everything still held back, in input order, skipping inputs that never finished (an interrupted run);
    /// the buffer is empty and starts again from input 0 afterwards.</summary>
    public IReadOnlyList<T> Drain()
    {
        var rest = _waiting.Values.ToList();
        _waiting.Clear();
        _next = 0;
        return rest;
    }
}
