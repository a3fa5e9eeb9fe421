namespace ReportGen.Pdf.Text;

/// <summary>Collects measured pieces for the line being filled and turns them into a <see cref="TextLine"/>:
/// positions, right-to-left runs reordered, height from the tallest face on the line. Reusable: <see cref="Start"/>
/// begins a paragraph.</summary>
internal sealed class LineAssembler
{
    private readonly List<MeasuredPiece> _pieces = [];
    private float _lineSpacing;
    private TextStyle? _emptyLineStyle;

    /// <summary>Begins a paragraph: an empty line (a lone hard break) is as tall as <paramref name="emptyStyle"/>.</summary>
    public void Start(float spacing, TextStyle? emptyStyle)
    {
        (_lineSpacing, _emptyLineStyle) = (spacing, emptyStyle);
        _pieces.Clear();
        AdvanceWidth = 0;
        _freshUntil = 0;
    }

    public bool IsEmpty => _pieces.Count == 0;

    private int _freshUntil; // pieces the line was started with (the continuation mark)

    /// <summary>Nothing but the continuation mark yet: a word that does not fit here fits no line.</summary>
    public bool IsFresh => _pieces.Count <= _freshUntil;

    /// <summary>Finishes the line into <paramref name="lines"/> and starts the next with <paramref name="mark"/>.</summary>
    public void Wrap(List<TextLine> lines, List<MeasuredPiece> mark)
    {
        lines.Add(Finish());
        AddRange(mark);
        _freshUntil = _pieces.Count;
    }

    /// <summary>Width including trailing spaces of the last piece: where the next piece would start.</summary>
    public float AdvanceWidth { get; private set; }

    public float InkWidthWith(float inkWidth) => AdvanceWidth + inkWidth;

    public void Add(MeasuredPiece piece)
    {
        _pieces.Add(piece);
        AdvanceWidth += piece.Width;
    }

    public void AddRange(List<MeasuredPiece> pieces)
    {
        foreach (var piece in pieces)
            Add(piece);
    }

    public TextLine Finish()
    {
        var ordered = _pieces.Exists(p => p.Shaped.RightToLeft) ? VisualOrder(_pieces) : _pieces;
        var fragments = new List<TextFragment>(ordered.Count);
        float x = 0, ascent = 0, descent = 0, size = 0;
        foreach (var p in ordered)
        {
            fragments.Add(new TextFragment(p.Piece.Face, p.Piece.Style, p.Shaped, x, p.Width));
            x += p.Width;
            ascent = Math.Max(ascent, p.Piece.Face.Ascent * p.Piece.Style.Size);
            descent = Math.Max(descent, p.Piece.Face.Descent * p.Piece.Style.Size);
            size = Math.Max(size, p.Piece.Style.Size);
        }
        if (_pieces.Count == 0 && _emptyLineStyle is not null)
        {
            size = _emptyLineStyle.Size;
            ascent = size * 0.905f;
            descent = size * 0.212f;
        }
        var inkWidth = _pieces.Count == 0 ? 0 : AdvanceWidth - _pieces[^1].Trailing;
        var height = Math.Max(size * _lineSpacing, ascent + descent);
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        _pieces.Clear();
        AdvanceWidth = 0;
        _freshUntil = 0;
        return new TextLine(fragments, inkWidth, height, baseline);
    }

    /// <summary>Reverses runs of right-to-left pieces (with the spaces between them) so Hebrew or Arabic phrases
    /// read in the right order; each piece's glyphs are already in visual order from HarfBuzz. A simplified bidi:
    /// the paragraph direction is left-to-right, punctuation after a right-to-left word stays in the left-to-right flow.</summary>
    private static List<MeasuredPiece> VisualOrder(List<MeasuredPiece> pieces)
    {
        var result = new List<MeasuredPiece>(pieces.Count);
        for (var i = 0; i < pieces.Count;)
        {
            if (!pieces[i].Shaped.RightToLeft)
            {
                result.Add(pieces[i++]);
                continue;
            }
            var end = i + 1; // one past the last right-to-left piece of this phrase
            for (var j = i + 1; j < pieces.Count; j++)
            {
                if (pieces[j].Shaped.RightToLeft)
                    end = j + 1;
                else if (!string.IsNullOrWhiteSpace(pieces[j].Piece.Text))
                    break;
            }
            for (var j = end - 1; j >= i; j--)
                result.Add(pieces[j]);
            i = end;
        }
        return result;
    }
}
