namespace ReportGen.Document;

/// <summary>How key figures are split into rows, decided once for every writer: at most
/// <see cref="Theme.KeyFiguresPerRow"/> to a row, rows balanced (six figures at four per row make 3 + 3, not 4 + 2),
/// every row with the same number of slots so cards line up.</summary>
public static class KeyFigureRows
{
    /// <summary>Values longer than this many characters ("about 48,000 users") are set smaller so the card stays compact.</summary>
    public const int LongValueLength = 16;

    /// <summary>Slots per row for <paramref name="count"/> figures at most <paramref name="perRow"/> to a row.</summary>
    public static int Columns(int count, int perRow)
    {
        if (count <= 0)
            return 0;
        perRow = Math.Max(1, perRow);
        var rows = (count + perRow - 1) / perRow;
        return (count + rows - 1) / rows;
    }

    /// <summary>The figures in rows of <see cref="Columns"/> each (the last row may hold fewer).</summary>
    public static IReadOnlyList<KeyFigure[]> Split(IReadOnlyList<KeyFigure> figures, int perRow)
    {
        var columns = Columns(figures.Count, perRow);
        return columns == 0 ? [] : figures.Chunk(columns).ToList();
    }

    /// <summary>True when the figure's value is set at the smaller size.</summary>
    public static bool IsLong(KeyFigure figure) => figure.Value.Length > LongValueLength;
}
