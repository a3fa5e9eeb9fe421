using System.Globalization;

namespace ReportGen.Pdf.Text;

/// <summary>Greedy line filling over words measured once each (shaped per face and cached), so a paragraph costs one
/// shaping per distinct word. A word wider than a line breaks between any two characters. One per render (it reuses
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

    private List<MeasuredPiece> MeasureAll(IReadOnlyList<TextSpan> spans)
    {
        var pieces = new List<WordPiece>();
        _segmenter.Segment(spans, pieces, []);
        return pieces.ConvertAll(Measure);
    }

    private static MeasuredPiece Measure(WordPiece piece)
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
        if (!line.IsEmpty && (inkWidth <= maxWidth - Sum(mark) || left < maxWidth * 0.3f))
            WrapLine(line, lines, mark);
        if (line.InkWidthWith(inkWidth) <= maxWidth)
        {
            line.AddRange(pieces);
            return;
        }
        // Longer than a line: break between characters.
        var queue = new Queue<MeasuredPiece>(pieces);
        while (queue.Count > 0)
        {
            var piece = queue.Dequeue();
            var room = maxWidth - line.AdvanceWidth;
            if (piece.Width - piece.Trailing <= room)
            {
                line.Add(piece);
                continue;
            }
            var (head, tail) = Split(piece, room, allowEmptyHead: !line.IsEmpty);
            if (head is { } h)
                line.Add(h);
            WrapLine(line, lines, mark);
            if (tail is { } t)
            {
                var rest = queue.ToList();
                queue.Clear();
                queue.Enqueue(t);
                foreach (var r in rest)
                    queue.Enqueue(r);
            }
        }
    }

    private static void WrapLine(LineAssembler line, List<TextLine> lines, List<MeasuredPiece> mark)
    {
        lines.Add(line.Finish());
        line.AddRange(mark);
    }

    /// <summary>Splits a piece at the last grapheme boundary that fits in <paramref name="room"/>; at least one
    /// grapheme goes into the head unless the line already holds something (so every line makes progress).</summary>
    private static (MeasuredPiece? Head, MeasuredPiece? Tail) Split(MeasuredPiece piece, float room, bool allowEmptyHead)
    {
        var text = piece.Piece.Text;
        var face = piece.Piece.Face;
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        var width = 0f;
        var cut = 0;
        for (var g = 0; g < boundaries.Length; g++)
        {
            var end = g + 1 < boundaries.Length ? boundaries[g + 1] : text.Length;
            width += face.Shape(text.AsSpan(boundaries[g], end - boundaries[g])).Width * piece.Piece.Style.Size;
            if (width > room)
                break;
            cut = end;
        }
        if (cut == 0 && !allowEmptyHead)
            cut = boundaries.Length > 1 ? boundaries[1] : text.Length;
        if (cut == 0)
            return (null, piece);
        var head = Measure(piece.Piece with { Shaped = face.Shape(text[..cut]) });
        MeasuredPiece? tail = cut < text.Length ? Measure(piece.Piece with { Shaped = face.Shape(text[cut..]) }) : null;
        return (head, tail);
    }
}

/// <summary>A piece with its widths in points; <see cref="Trailing"/> is the width of trailing spaces, which do not
/// count when deciding whether the piece fits at the end of a line.</summary>
internal readonly record struct MeasuredPiece(WordPiece Piece, float Width, float Trailing)
{
    public ShapedText Shaped => Piece.Shaped;
}
