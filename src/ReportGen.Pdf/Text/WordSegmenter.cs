using System.Text;

namespace ReportGen.Pdf.Text;

/// <summary>A run of text inside a word that uses one face and one style.</summary>
internal sealed record WordPiece(FontFace Face, TextStyle Style, string Text);

/// <summary>The unit of line breaking: text between two break opportunities, possibly in several styles or faces.
/// <see cref="HardBreakAfter"/> marks a <c>\n</c> after it.</summary>
internal sealed record Word(IReadOnlyList<WordPiece> Pieces, bool HardBreakAfter);

/// <summary>Splits styled spans into words, breaking after spaces, hyphens and slashes (so URLs and paths wrap at
/// their natural joints), and splits each word into pieces by the face that can show each character.</summary>
internal sealed class WordSegmenter(FontLibrary fonts, MissingCharacters missing)
{
    private readonly List<Word> _words = [];
    private readonly List<WordPiece> _pieces = [];
    private readonly StringBuilder _text = new();
    private FontFace? _face;
    private TextStyle? _style;
    private bool _rtl;

    public List<Word> Segment(IReadOnlyList<TextSpan> spans)
    {
        _words.Clear();
        foreach (var span in spans)
        {
            var text = span.Text;
            for (var i = 0; i < text.Length;)
            {
                var rune = Rune.GetRuneAt(text, i);
                var length = rune.Utf16SequenceLength;
                if (rune.Value == '\n')
                {
                    EndWord(hardBreak: true);
                    i += length;
                    continue;
                }
                var face = FaceFor(span.Style, rune.Value);
                var rtl = Bidi.IsRightToLeft(rune.Value);
                if (!ReferenceEquals(face, _face) || !ReferenceEquals(span.Style, _style) || rtl != _rtl)
                    EndPiece();
                _face = face;
                _rtl = rtl;
                _style = span.Style;
                _text.Append(text, i, length);
                i += length;
                if (i < text.Length && IsBreakAfter(rune.Value, text[i]))
                    EndWord(hardBreak: false);
            }
        }
        EndWord(hardBreak: false);
        return [.. _words];
    }

    private static bool IsBreakAfter(int current, char next) =>
        !char.IsWhiteSpace(next) && (current == ' ' || current == '\t' || current == '\u200B' ||
            ((current == '-' || current == '/' || current == '\u2014') && next != '-' && next != '/'));

    private FontFace FaceFor(TextStyle style, int codePoint)
    {
        // Joiners and variation selectors belong to the character before them.
        if (_face is not null && (codePoint is 0x200D or 0x200C || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)))
            return _face;
        var face = fonts.Resolve(style.Role, codePoint);
        if (face is not null)
            return face;
        missing.Add(codePoint);
        return fonts.Get(style.Role);
    }

    private void EndPiece()
    {
        if (_text.Length > 0 && _face is not null && _style is not null)
            _pieces.Add(new WordPiece(_face, _style, _text.ToString()));
        _text.Clear();
    }

    private void EndWord(bool hardBreak)
    {
        EndPiece();
        if (_pieces.Count > 0 || hardBreak)
            _words.Add(new Word([.. _pieces], hardBreak));
        _pieces.Clear();
    }
}
