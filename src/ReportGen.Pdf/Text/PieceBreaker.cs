using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.Text;

/// <summary>Places one shaped piece that is wider than the room on its line: cuts it into line-sized slices at
/// boundaries that are both grapheme boundaries and glyph cluster boundaries (an accent stays on its letter, a ligature
/// is never cut). The piece is shaped once; the cuts come from walking its advances, each glyph a bounded number of
/// times, so a 100,000-character token costs in proportion to its length.</summary>
internal sealed class PieceBreaker
{
    private readonly MeasuredPiece _piece;
    private readonly ShapedText _shaped;
    private readonly int _count;
    private readonly float _size;
    private readonly int[] _charAtByte; // character index of each grapheme's first UTF-8 byte, -1 inside a grapheme

    private PieceBreaker(MeasuredPiece piece)
    {
        _piece = piece;
        _shaped = piece.Shaped;
        _count = _shaped.Glyphs.Length;
        _size = piece.Piece.Style.Size;
        _charAtByte = GraphemeStarts(_shaped.Text, _shaped.Utf8.Length);
    }

    /// <summary>Adds <paramref name="piece"/> to <paramref name="line"/>, finishing lines into <paramref name="lines"/>
    /// (each new one starts with <paramref name="mark"/>) as often as the piece needs.</summary>
    public static void Place(MeasuredPiece piece, float maxWidth, LineAssembler line, List<TextLine> lines,
        List<MeasuredPiece> mark) => new PieceBreaker(piece).Place(maxWidth, line, lines, mark);

    /// <summary>The longest start of <paramref name="piece"/> that fits in <paramref name="room"/>, cut at a grapheme
    /// boundary; null when not even one grapheme fits.</summary>
    public static MeasuredPiece? Head(MeasuredPiece piece, float room)
    {
        var breaker = new PieceBreaker(piece);
        var (cut, _) = breaker.LastCutWithin(0, room);
        return cut < 0 ? null : breaker.Slice(0, cut);
    }

    private void Place(float maxWidth, LineAssembler line, List<TextLine> lines, List<MeasuredPiece> mark)
    {
        var start = 0; // logical glyph index where the unplaced rest begins
        var placed = 0f;
        while (start < _count)
        {
            var room = maxWidth - line.AdvanceWidth;
            if (_piece.Width - placed - _piece.Trailing <= room)
            {
                line.Add(start == 0 ? _piece : Slice(start, _count));
                return;
            }
            var (cut, width) = LastCutWithin(start, room);
            if (cut < 0 && !line.IsFresh)
            {
                line.Wrap(lines, mark); // the line already holds something: try the rest on a line of its own
                continue;
            }
            if (cut < 0)
                (cut, width) = FirstCut(start); // not even one grapheme fits a fresh line: it takes one anyway
            if (cut < 0)
            {
                line.Add(Slice(start, _count)); // one grapheme wider than the line: nothing to cut
                return;
            }
            line.Add(Slice(start, cut));
            line.Wrap(lines, mark);
            placed += width;
            start = cut;
        }
    }

    /// <summary>The last cut after <paramref name="start"/> whose slice fits in <paramref name="room"/>, with the
    /// slice's width; -1 when none. Stops at the first cut past the room.</summary>
    private (int Cut, float Width) LastCutWithin(int start, float room)
    {
        (int Cut, float Width) best = (-1, 0);
        var width = 0f;
        for (var k = start; k < _count; k++)
        {
            if (k > start && IsCut(k))
            {
                if (width > room)
                    break;
                best = (k, width);
            }
            width += Advance(k);
        }
        return best;
    }

    private (int Cut, float Width) FirstCut(int start)
    {
        var width = Advance(start);
        for (var k = start + 1; k < _count; k++)
        {
            if (IsCut(k))
                return (k, width);
            width += Advance(k);
        }
        return (-1, 0);
    }

    // Glyphs are in visual order; logical index k counts from the start of the text (from the right when RTL).
    private int Glyph(int k) => _shaped.RightToLeft ? _count - 1 - k : k;

    private int Cluster(int k) => (int)_shaped.Clusters[Glyph(k)];

    private float Advance(int k) => _shaped.Advances[Glyph(k)] * _size;

    private bool IsCut(int k) => Cluster(k) != Cluster(k - 1) && _charAtByte[Cluster(k)] >= 0;

    /// <summary>The logical glyphs <c>[from, to)</c> as a measured piece of their own (no shaping).</summary>
    private MeasuredPiece Slice(int from, int to)
    {
        var byteStart = from == 0 ? 0 : Cluster(from);
        var byteEnd = to == _count ? _shaped.Utf8.Length : Cluster(to);
        var (glyphStart, glyphEnd) = _shaped.RightToLeft ? (_count - to, _count - from) : (from, to);
        var slice = _shaped.Slice(glyphStart, glyphEnd, byteStart, byteEnd, _charAtByte[byteStart], _charAtByte[byteEnd]);
        return LineBreaker.Measure(_piece.Piece with { Shaped = slice });
    }

    private static int[] GraphemeStarts(string text, int utf8Length)
    {
        var charAtByte = new int[utf8Length + 1];
        Array.Fill(charAtByte, -1);
        int c = 0, b = 0;
        while (c < text.Length)
        {
            charAtByte[b] = c;
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(c));
            b += Encoding.UTF8.GetByteCount(text.AsSpan(c, length));
            c += length;
        }
        charAtByte[utf8Length] = text.Length;
        return charAtByte;
    }
}
