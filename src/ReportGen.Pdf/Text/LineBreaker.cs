namespace ReportGen.Pdf.Text;

/// <summary>Greedy line filling over words measured once each (shaped per face and cached), so a paragraph costs one
/// shaping per distinct word. A word wider than a line breaks between graphemes (<see cref="PieceBreaker"/>). One per render (it reuses
/// its scratch lists), used by one thread.</summary>
internal sealed class LineBreaker(FontLibrary fonts, MissingCharacters missing)
{
    private readonly WordSegmenter _segmenter = new(fonts, missing);
    private readonly List<WordPiece> _pieces = [];
    private readonly List<WordEnd> _words = [];
    private readonly List<MeasuredPiece> _word = [];
    private readonly LineAssembler _line = new();

    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextSpan> spans, float maxWidth, TextOptions options)
    {
        var lines = new List<TextLine>();
        var builder = _line;
        builder.Start(options.LineSpacing, spans.Count > 0 ? spans[0].Style : null);
        var mark = options.ContinuationMark is { } m ? MeasureAll([m]) : [];
        _pieces.Clear();
        _words.Clear();
        _segmenter.Segment(spans, _pieces, _words);
        if (options.SingleLine)
            return OneLine(maxWidth, builder);
        var start = 0;
        foreach (var word in _words)
        {
            _word.Clear();
            for (var i = start; i < word.PieceEnd; i++)
                _word.Add(Measure(_pieces[i]));
            start = word.PieceEnd;
            Place(_word, maxWidth, builder, lines, mark);
            if (word.HardBreakAfter)
                lines.Add(builder.Finish());
        }
        if (!builder.IsEmpty)
            lines.Add(builder.Finish());
        return lines;
    }

    /// <summary>The text up to its first hard break on one line, cut with an ellipsis when it is longer than that.</summary>
    private List<TextLine> OneLine(float maxWidth, LineAssembler builder)
    {
        var end = _words.FindIndex(w => w.HardBreakAfter) is var hard and >= 0 ? _words[hard].PieceEnd : _pieces.Count;
        _word.Clear();
        for (var i = 0; i < end; i++)
            _word.Add(Measure(_pieces[i]));
        var cut = end < _pieces.Count && _pieces.Count > 0;
        if (_word.Count == 0 && !cut)
            return [];
        if (!cut && Sum(_word) - _word[^1].Trailing <= maxWidth)
        {
            builder.AddRange(_word);
            return [builder.Finish()];
        }
        var style = _word.Count > 0 ? _word[^1].Piece.Style : _pieces[0].Style;
        var ellipsis = MeasureAll([new TextSpan("\u2026", style)]);
        var room = maxWidth - Sum(ellipsis);
        foreach (var piece in _word)
        {
            if (builder.AdvanceWidth + piece.Width - piece.Trailing <= room)
            {
                builder.Add(piece);
                continue;
            }
            if (PieceBreaker.Head(piece, room - builder.AdvanceWidth) is { } head)
                builder.Add(head);
            break;
        }
        builder.AddRange(ellipsis);
        return [builder.Finish()];
    }

    private List<MeasuredPiece> MeasureAll(IReadOnlyList<TextSpan> spans)
    {
        var pieces = new List<WordPiece>();
        _segmenter.Segment(spans, pieces, []);
        return pieces.ConvertAll(Measure);
    }

    public static MeasuredPiece Measure(WordPiece piece)
    {
        var text = piece.Text;
        var trailingSpaces = 0;
        while (trailingSpaces < text.Length && text[text.Length - 1 - trailingSpaces] is ' ' or '\t')
            trailingSpaces++;
        var trailing = trailingSpaces == 0 ? 0 : piece.Face.SpaceWidth * trailingSpaces * piece.Style.Size;
        return new MeasuredPiece(piece, piece.Shaped.Width * piece.Style.Size, trailing);
    }

    private static float Sum(List<MeasuredPiece> pieces)
    {
        var sum = 0f;
        foreach (var piece in pieces)
            sum += piece.Width;
        return sum;
    }

    private static void Place(List<MeasuredPiece> pieces, float maxWidth, LineAssembler line, List<TextLine> lines,
        List<MeasuredPiece> mark)
    {
        var inkWidth = Sum(pieces) - (pieces.Count > 0 ? pieces[^1].Trailing : 0);
        if (line.InkWidthWith(inkWidth) <= maxWidth || line.IsEmpty && inkWidth <= maxWidth)
        {
            line.AddRange(pieces);
            return;
        }
        // Too wide for what is left: wrap first when the word would fit on a line of its own, or when little is left.
        var left = maxWidth - line.AdvanceWidth;
        if (!line.IsFresh && (inkWidth <= maxWidth - Sum(mark) || left < maxWidth * 0.3f))
            line.Wrap(lines, mark);
        if (line.InkWidthWith(inkWidth) <= maxWidth)
        {
            line.AddRange(pieces);
            return;
        }
        // Longer than a line: break inside the pieces that do not fit.
        foreach (var piece in pieces)
        {
            if (piece.Width - piece.Trailing <= maxWidth - line.AdvanceWidth)
                line.Add(piece);
            else
                PieceBreaker.Place(piece, maxWidth, line, lines, mark);
        }
    }
}

/// <summary>A piece with its widths in points; <see cref="Trailing"/> is the width of trailing spaces, which do not
/// count when deciding whether the piece fits at the end of a line.</summary>
internal readonly record struct MeasuredPiece(WordPiece Piece, float Width, float Trailing)
{
    public ShapedText Shaped => Piece.Shaped;
}
