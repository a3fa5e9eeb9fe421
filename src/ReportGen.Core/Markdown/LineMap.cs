namespace ReportGen.Core.Markdown;

/// <summary>Lines <see cref="TableChunker"/> inserted into the Markdown before parsing, so positions found in the
/// parsed text name the line of the Markdown the layout wrote, and which of them start a continuation piece.</summary>
internal sealed class LineMap
{
    /// <summary>No line inserted.</summary>
    public static LineMap Identity { get; } = new();

    private readonly List<(int Start, int Count, int Original)> _inserted = [];
    private readonly HashSet<int> _continuations = [];

    /// <summary>True when some table was cut into pieces.</summary>
    public bool HasContinuations => _continuations.Count > 0;

    /// <summary>Records <paramref name="count"/> lines inserted at (0-based) <paramref name="outputLine"/>, standing for
    /// (0-based) line <paramref name="original"/> of the layout's Markdown.</summary>
    public void Inserted(int outputLine, int count, int original) => _inserted.Add((outputLine, count, original));

    /// <summary>Records that a continuation piece's header starts at (0-based) <paramref name="outputLine"/>.</summary>
    public void Continuation(int outputLine) => _continuations.Add(outputLine);

    /// <summary>True when the table starting at (0-based) <paramref name="line"/> continues the table before it.</summary>
    public bool IsContinuation(int line) => _continuations.Contains(line);

    /// <summary>The (0-based) line of the layout's Markdown for a (0-based) line of the parsed text.</summary>
    public int Original(int line)
    {
        if (_inserted.Count == 0 || line < _inserted[0].Start) return line;
        // The last insertion starting at or before the line (insertions are recorded in order).
        int lo = 0, hi = _inserted.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_inserted[mid].Start <= line) lo = mid; else hi = mid - 1;
        }
        var (start, count, original) = _inserted[lo];
        if (line < start + count) return original;
        return line - count * (lo + 1);
    }
}
