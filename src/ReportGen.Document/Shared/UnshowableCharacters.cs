using System.Globalization;
using System.Text;

namespace ReportGen.Document;

/// <summary>Characters neither output can show, removed the same way by every writer: control characters other than
/// tab and line breaks, lone surrogates and the non-characters U+FFFE and U+FFFF (a Word document cannot even hold
/// them; in a PDF they would be invisible boxes). Each writer warns once about what it removed.</summary>
public sealed class UnshowableCharacters
{
    private readonly SortedSet<int> _removed = [];

    /// <summary>True when something was removed since the last <see cref="TakeRemoved"/>.</summary>
    public bool HasRemoved => _removed.Count > 0;

    /// <summary>The text without the characters no output can show.</summary>
    public string Clean(string text)
    {
        if (IsClean(text))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                sb.Append(c).Append(text[++i]);
            else if (IsAllowedBmp(c))
                sb.Append(c);
            else
                _removed.Add(c);
        }
        return sb.ToString();
    }

    /// <summary>Describes the removed characters (e.g. <c>U+0001, U+FFFF</c>) and forgets them.</summary>
    public string TakeRemoved()
    {
        var text = string.Join(", ", _removed.Select(c => "U+" + c.ToString("X4", CultureInfo.InvariantCulture)));
        _removed.Clear();
        return text;
    }

    /// <summary>True when the text holds nothing to remove (the usual case, checked without allocating).</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsAllowedBmp(c))
                continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    // Surrogates are checked in pairs by the callers; here a lone one counts as not allowed.
    private static bool IsAllowedBmp(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
