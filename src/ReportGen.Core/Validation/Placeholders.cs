namespace ReportGen.Core.Validation;

/// <summary>Finds text left from the template: <c>[Name]</c>-style bracketed words (not Markdown links), and the
/// words TBD, TODO and XXX (or longer runs of X) standing alone. A plain scan, no regex.</summary>
internal static class Placeholders
{
    /// <summary>The first placeholder in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        var s = text.AsSpan();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '[' && Bracketed(s, i) is { } bracket) return bracket;
            if (!char.IsAsciiLetterUpper(c) || (i > 0 && IsWordChar(s[i - 1]))) continue;
            var end = i;
            while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
            if (end < s.Length && IsWordChar(s[end])) { i = end; continue; }   // TODO_LIST, TBD2: identifiers, not placeholders
            var word = s[i..end];
            if (word is "TBD" or "TODO" || (word.Length >= 3 && !word.ContainsAnyExcept('X'))) return word.ToString();
            i = end - 1;
        }
        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary><c>[Name]</c>, <c>[HH:MM]</c>, <c>[Team name]</c>: starts with a capital letter, short, no digits (so
    /// ticket references like [PAY-1234] are not placeholders), not a Markdown link.</summary>
    private static string? Bracketed(ReadOnlySpan<char> s, int open)
    {
        var close = s[open..].IndexOf(']');
        if (close < 3 || close > 40) return null;
        close += open;
        var inner = s[(open + 1)..close];
        if (!char.IsAsciiLetterUpper(inner[0])) return null;
        foreach (var ch in inner)
            if (!(char.IsLetter(ch) || ch is ' ' or ':' or '/' or '-' or '_' or '.')) return null;
        var after = close + 1 < s.Length ? s[close + 1] : '\0';
        if (after is '(' or '[' or ':') return null;   // Markdown link, reference link or link definition
        if (open > 0 && s[open - 1] == ']') return null;
        return s[open..(close + 1)].ToString();
    }
}
