namespace ReportGen.Core.Loading;

/// <summary>Finds where a place in a text made from a value (a Markdown field confined and escaped, a value written
/// into the layout's Markdown with indentation, a multi-line value collapsed to one line) stands in the
/// value itself, so a problem found in the made text can point into the incident file.</summary>
internal static class DerivedText
{
    /// <summary>The offset in <paramref name="value"/> of the character that follows <paramref name="written"/>. Reads
    /// both texts once, side by side: equal characters advance both; a line break written as a space, and an entity
    /// written for a brace (<c>&amp;#123;</c>), count as the character they stand for; blanks the written text left out
    /// advance the value; anything else is something the writing added (an escape, indentation).</summary>
    public static int ValueOffset(ReadOnlySpan<char> written, string value)
    {
        int i = 0, j = 0;
        while (i < written.Length && j < value.Length)
        {
            var w = written[i];
            var v = value[j];
            if (w == v || (w == ' ' && v is '\n' or '\r' or '\t'))
            {
                i++; j++;
            }
            else if (v is '{' or '}' && written[i..].StartsWith(v == '{' ? "&#123;" : "&#125;", StringComparison.Ordinal))
            {
                i += 6; j++;
            }
            else if (char.IsWhiteSpace(v) && !char.IsWhiteSpace(w))
            {
                j++;
            }
            else
            {
                i++;
            }
        }
        return j;
    }
}
