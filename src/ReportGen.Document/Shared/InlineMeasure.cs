namespace ReportGen.Document;

/// <summary>The estimated width of inlines as one line and the width of their longest word, in multiples of the font
/// size: strong text is bold, code is monospaced and a little smaller.</summary>
internal readonly record struct InlineMeasure(double Total, double LongestWord, int Characters)
{
    public static InlineMeasure Of(IReadOnlyList<Inline> inlines, bool bold)
    {
        var state = new State();
        Walk(inlines, bold, state);
        state.EndWord();
        return new InlineMeasure(state.Total / 1000, state.Longest / 1000, state.Characters);
    }

    private static void Walk(IReadOnlyList<Inline> inlines, bool bold, State state)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: state.Add(t.Text, bold, code: false); break;
                case CodeInline c: state.Add(c.Code, bold, code: true); break;
                case StrongInline s: Walk(s.Children, true, state); break;
                case EmphasisInline e: Walk(e.Children, bold, state); break;
                case LinkInline l: Walk(l.Children, bold, state); break;
                case LineBreakInline: state.Add(" ", bold, code: false); break;
            }
        }
    }

    private sealed class State
    {
        private double _word;
        public double Total;
        public double Longest;
        public int Characters;

        public void Add(string text, bool bold, bool code)
        {
            foreach (var c in text)
            {
                Characters++;
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    EndWord();
                    Total += TextWidthEstimate.Advance(' ', bold, code: false);
                    continue;
                }
                var advance = TextWidthEstimate.Advance(c, bold, code) * (code ? TextWidthEstimate.CodeScale : 1);
                _word += advance;
                Total += advance;
            }
        }

        public void EndWord()
        {
            Longest = Math.Max(Longest, _word);
            _word = 0;
        }
    }
}
