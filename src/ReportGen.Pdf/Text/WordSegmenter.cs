using System.Text;

namespace ReportGen.Pdf.Text;

/// <summary>A run of text inside a word that uses one face and one style, shaped with that face.</summary>
internal readonly record struct WordPiece(FontFace Face, TextStyle Style, ShapedText Shaped)
{
    public string Text => Shaped.Text;
}

/// <summary>Where a word ends in the flat list of pieces (exclusive index), and whether a <c>\n</c> follows it.
/// A word is the unit of line breaking: text between two break opportunities, possibly in several styles or faces.</summary>
internal readonly record struct WordEnd(int PieceEnd, bool HardBreakAfter);

/// <summary>Splits styled spans into words, breaking after spaces, hyphens and slashes (so URLs and paths wrap at
/// their natural joints), and splits each word into pieces by the face that can show each character. Pieces are
/// shaped as they are cut, through each face's cache, so a word seen before costs no string and no shaping.</summary>
internal sealed class WordSegmenter(FontLibrary fonts, MissingCharacters missing)
{
    private char[] _text = new char[64];
    private int _length;
    private FontFace? _face;
    private TextStyle? _style;
    private bool _rtl;
    private List<WordPiece> _pieces = [];
    private List<WordEnd> _words = [];

    /// <summary>Appends the words of <paramref name="spans"/> to <paramref name="pieces"/> and
    /// <paramref name="words"/> (word ends index into <paramref name="pieces"/>).</summary>
    public void Segment(IReadOnlyList<TextSpan> spans, List<WordPiece> pieces, List<WordEnd> words)
    {
        (_pieces, _words, _face, _style, _rtl, _length) = (pieces, words, null, null, false, 0);
        var wordStart = pieces.Count;
        foreach (var span in spans)
        {
            var text = span.Text;
            for (var i = 0; i < text.Length;)
            {
                var rune = Rune.GetRuneAt(text, i);
                var length = rune.Utf16SequenceLength;
                if (rune.Value == '\n')
                {
                    EndWord(hardBreak: true, ref wordStart);
                    i += length;
                    continue;
                }
                var face = FaceFor(span.Style, text, i, rune.Value);
                var rtl = Bidi.IsRightToLeft(rune.Value);
                if (!ReferenceEquals(face, _face) || !ReferenceEquals(span.Style, _style) || rtl != _rtl)
                    EndPiece();
                _face = face;
                _rtl = rtl;
                _style = span.Style;
                Append(text.AsSpan(i, length));
                i += length;
                if (i < text.Length && IsBreakAfter(rune.Value, text[i]))
                    EndWord(hardBreak: false, ref wordStart);
            }
        }
        EndWord(hardBreak: false, ref wordStart);
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_length + chars.Length > _text.Length)
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + chars.Length));
        chars.CopyTo(_text.AsSpan(_length));
        _length += chars.Length;
    }

    private static bool IsBreakAfter(int current, char next) =>
        !char.IsWhiteSpace(next) && (current == ' ' || current == '\t' || current == '\u200B' ||
            ((current == '-' || current == '/' || current == '\u2014') && next != '-' && next != '/'));

    private FontFace FaceFor(TextStyle style, string text, int index, int codePoint)
    {
        // Joiners and variation selectors belong to the character before them.
        if (_face is not null && (codePoint is 0x200D or 0x200C || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)))
            return _face;
        var face = fonts.Resolve(style.Role, text, index);
        if (face is not null)
            return face;
        missing.Add(codePoint);
        return fonts.Get(style.Role);
    }

    private void EndPiece()
    {
        if (_length > 0 && _face is not null && _style is not null)
            _pieces.Add(new WordPiece(_face, _style, _face.Shape(_text.AsSpan(0, _length))));
        _length = 0;
    }

    private void EndWord(bool hardBreak, ref int wordStart)
    {
        EndPiece();
        if (_pieces.Count > wordStart || hardBreak)
            _words.Add(new WordEnd(_pieces.Count, hardBreak));
        wordStart = _pieces.Count;
    }
}
