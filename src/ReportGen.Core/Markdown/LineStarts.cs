namespace ReportGen.Core.Markdown;

/// <summary>Where each line of a text starts, to turn character positions into lines and back.</summary>
internal sealed class LineStarts
{
    private readonly List<int> _starts = [0];

    public LineStarts(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _starts.Add(i + 1);
    }

    /// <summary>Number of lines.</summary>
    public int Count => _starts.Count;

    /// <summary>Index of the first character of (0-based) <paramref name="line"/>.</summary>
    public int Start(int line) => _starts[line];

    /// <summary>The (0-based) line holding character <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var k = _starts.BinarySearch(position);
        return k >= 0 ? k : ~k - 1;
    }
}
