namespace ReportGen.Core.Markdown;

/// <summary>Where each line of a text starts, to turn character positions into lines and back. Immutable once made:
/// one array of the exact size (the line breaks are counted first).</summary>
internal sealed class LineStarts
{
    private readonly int[] _starts;

    public LineStarts(string text)
    {
        _starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _starts[line++] = i + 1;
    }

    /// <summary>Number of lines.</summary>
    public int Count => _starts.Length;

    /// <summary>Index of the first character of (0-based) <paramref name="line"/>.</summary>
    public int Start(int line) => _starts[line];

    /// <summary>The (0-based) line holding character <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var k = Array.BinarySearch(_starts, position);
        return k >= 0 ? k : ~k - 1;
    }
}
