namespace ReportGen.Core.Markdown;

/// <summary>CommonMark's autolinks (<c>&lt;https://x.example&gt;</c>, <c>&lt;ops@x.example&gt;</c>), recognised exactly as
/// Markdig does, so a <c>&lt;</c> left unescaped is always an autolink and never raw HTML. The scan stops at the first
/// character an autolink cannot hold (another <c>&lt;</c>, a space), so checking every <c>&lt;</c> of a text is linear
/// (the old check looked for the next <c>&gt;</c> anywhere after each <c>&lt;</c>: 2 MB of <c>&lt;</c> took 45 s).</summary>
internal static class Autolinks
{
    /// <summary>Length of the autolink starting at <paramref name="i"/> (at its <c>&lt;</c>, up to its <c>&gt;</c>), or 0.</summary>
    public static int Length(string s, int i, WorkMeter? meter = null)
    {
        if (i + 1 >= s.Length || s[i] != '<') return 0;
        var length = UriLength(s, i, out var uriEnd);
        var emailEnd = i;
        if (length == 0) length = EmailLength(s, i, out emailEnd);
        meter?.Add(Math.Max(uriEnd, emailEnd) - i);
        return length;
    }

    /// <summary><c>&lt;scheme:rest&gt;</c>: a scheme of 2 to 32 letters, digits, <c>+ . -</c> starting with a letter, then
    /// anything but spaces, controls and angle brackets. <paramref name="end"/> is where the scan stopped.</summary>
    private static int UriLength(string s, int i, out int end)
    {
        var j = end = i + 1;
        if (!char.IsAsciiLetter(s[j])) return 0;
        while (j < s.Length && j - i - 1 < 33 && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '+' or '.' or '-')) j++;
        end = j;
        var scheme = j - i - 1;
        if (scheme is < 2 or > 32 || j >= s.Length || s[j] != ':') return 0;
        for (j++; j < s.Length; j++)
        {
            end = j;
            var c = s[j];
            if (c == '>') return j - i + 1;
            if (c is '<' or ' ' || char.IsControl(c)) return 0;
        }
        return 0;
    }

    /// <summary><c>&lt;local@domain&gt;</c> with CommonMark's characters for each part.</summary>
    private static int EmailLength(string s, int i, out int end)
    {
        var j = i + 1;
        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || ".!#$%&'*+/=?^_`{|}~-".Contains(s[j]))) j++;
        end = j;
        if (j == i + 1 || j >= s.Length || s[j] != '@') return 0;
        j++;
        while (true)
        {
            // One label: a letter or digit, then up to 62 letters, digits or hyphens, not ending with a hyphen.
            var start = j;
            while (j < s.Length && j - start < 63 && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '-')) j++;
            end = j;
            if (j == start || s[start] == '-' || s[j - 1] == '-') return 0;
            if (j >= s.Length) return 0;
            if (s[j] == '>') return j - i + 1;
            if (s[j] != '.') return 0;
            j++;
        }
    }
}
