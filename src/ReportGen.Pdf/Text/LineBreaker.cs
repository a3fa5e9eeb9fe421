using System.Globalization;

namespace ReportGen.Pdf.Text;

/// <summary>Greedy line filling over words measured once each (shaped per face and cached), so a paragraph costs one
/// shaping per distinct word. A word wider than a line breaks between any two characters.</summary>
internal sealed class LineBreaker(FontLibrary fonts, MissingCharacters missing)
{
    private readonly WordSegmenter _segmenter = new(fonts, missing);

    public IReadOnlyList<TextLine> Break(IReadOnlyList<TextSpan> spans, float maxWidth, TextOptions options)
    {
        var lines = new List<TextLine>();
        var builder = new LineAssembler(options.LineSpacing, spans.Count > 0 ? spans[0].Style : null);
        var mark = options.ContinuationMark is { } m ? Measure(_segmenter.Segment([m])) : [];
        foreach (var word in _segmenter.Segment(spans))
        {
            var pieces = word.Pieces.Select(Measure).ToList();
            Place(pieces, maxWidth, builder, lines, mark);
            if (word.HardBreakAfter)
                lines.Add(builder.Finish());
        }
        if (!builder.IsEmpty)
            lines.Add(builder.Finish());
        return lines;
    }

    private List<MeasuredPiece> Measure(IEnumerable<Word> words) =>
        words.SelectMany(w => w.Pieces).Select(Measure).ToList();

    private static MeasuredPiece Measure(WordPiece piece)
    {
        var shaped = piece.Face.Shape(piece.Text);
        var trailingSpaces = piece.Text.Length - piece.Text.TrimEnd(' ', '\t').Length;
        var trailing = trailingSpaces == 0 ? 0 : piece.Face.Shape(" ").Width * trailingSpaces * piece.Style.Size;
        return new MeasuredPiece(piece, shaped, shaped.Width * piece.Style.Size, trailing);
    }

    private void Place(List<MeasuredPiece> pieces, float maxWidth, LineAssembler line, List<TextLine> lines,
        List<MeasuredPiece> mark)
    {
        var inkWidth = pieces.Sum(p => p.Width) - (pieces.Count > 0 ? pieces[^1].Trailing : 0);
        if (line.InkWidthWith(inkWidth) <= maxWidth || line.IsEmpty && inkWidth <= maxWidth)
        {
            line.AddRange(pieces);
            return;
        }
        // Too wide for what is left: wrap first when the word would fit on a line of its own, or when little is left.
        var left = maxWidth - line.AdvanceWidth;
        if (!line.IsEmpty && (inkWidth <= maxWidth - mark.Sum(p => p.Width) || left < maxWidth * 0.3f))
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
            if (head is not null)
                line.Add(head);
            WrapLine(line, lines, mark);
            if (tail is not null)
            {
                var rest = queue.ToList();
                queue.Clear();
                queue.Enqueue(tail);
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
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        var width = 0f;
        var cut = 0;
        for (var g = 0; g < boundaries.Length; g++)
        {
            var end = g + 1 < boundaries.Length ? boundaries[g + 1] : text.Length;
            var grapheme = text[boundaries[g]..end];
            width += piece.Piece.Face.Shape(grapheme).Width * piece.Piece.Style.Size;
            if (width > room)
                break;
            cut = end;
        }
        if (cut == 0 && !allowEmptyHead)
            cut = boundaries.Length > 1 ? boundaries[1] : text.Length;
        if (cut == 0)
            return (null, piece);
        var head = Measure(piece.Piece with { Text = text[..cut] });
        var tail = cut < text.Length ? Measure(piece.Piece with { Text = text[cut..] }) : null;
        return (head, tail);
    }
}

/// <summary>A piece with its shaping and widths in points; <see cref="Trailing"/> is the width of trailing spaces,
/// which do not count when deciding whether the piece fits at the end of a line.</summary>
internal sealed record MeasuredPiece(WordPiece Piece, ShapedText Shaped, float Width, float Trailing);
