namespace ReportGen.Core.Markdown;

/// <summary>The backtick runs of one line, to find where a code span closes (the next run of exactly the same length,
/// CommonMark's rule) without scanning the rest of the line again for every run: the runs are listed once, grouped by
/// length, and each group is walked forward only, as the caller moves left to right. Linear in the line.</summary>
internal sealed class BacktickRuns
{
    private readonly string _line;
    private readonly WorkMeter? _meter;
    private Dictionary<int, List<int>>? _startsByLength;
    private Dictionary<int, int>? _next;

    public BacktickRuns(string line, WorkMeter? meter = null)
    {
        _line = line;
        _meter = meter;
    }

    /// <summary>End (exclusive) of the code span opening with the backtick run at <paramref name="i"/>, or 0 when no
    /// later run has the same length (the run is then literal text). <paramref name="run"/> is the run's length.
    /// Calls must come with increasing <paramref name="i"/>.</summary>
    public int CodeSpanEnd(int i, out int run)
    {
        run = 0;
        while (i + run < _line.Length && _line[i + run] == '`') run++;
        if (_startsByLength is null || _next is null) (_startsByLength, _next) = Index();
        if (!_startsByLength.TryGetValue(run, out var starts)) return 0;
        var k = _next.GetValueOrDefault(run);
        var from = k;
        while (k < starts.Count && starts[k] < i + run) k++;
        _next[run] = k;
        _meter?.Add(run + k - from);
        return k < starts.Count ? starts[k] + run : 0;
    }

    private (Dictionary<int, List<int>>, Dictionary<int, int>) Index()
    {
        _meter?.Add(_line.Length);
        var startsByLength = new Dictionary<int, List<int>>();
        var i = 0;
        while (i < _line.Length)
        {
            if (_line[i] != '`') { i++; continue; }
            var start = i;
            while (i < _line.Length && _line[i] == '`') i++;
            var length = i - start;
            if (!startsByLength.TryGetValue(length, out var list)) startsByLength[length] = list = [];
            list.Add(start);
        }
        return (startsByLength, []);
    }
}
