using System.Globalization;
using System.Text;

namespace ReportGen.Docx.Rendering;

/// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF), which make
/// Word refuse a file as "unreadable content", and remembers what it removed so the writer can warn once per block.</summary>
internal sealed class XmlTextSanitizer
{
    private readonly SortedSet<int> removed = [];

    /// <summary>True when something was removed since the last <see cref="TakeRemoved"/>.</summary>
    public bool HasRemoved => removed.Count > 0;

    /// <summary>The text with every character XML cannot hold left out.</summary>
    public string Clean(string text)
    {
        if (IsClean(text))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsAllowedBmp(c))
            {
                sb.Append(c);
            }
            else
            {
                removed.Add(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Describes the removed characters (e.g. <c>U+0001, U+FFFF</c>) and forgets them.</summary>
    public string TakeRemoved()
    {
        var text = string.Join(", ", removed.Select(c => "U+" + c.ToString("X4", CultureInfo.InvariantCulture)));
        removed.Clear();
        return text;
    }

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (!IsAllowedBmp(c) || char.IsSurrogate(c))
                return false;
        }
        return true;
    }

    // Surrogates are checked in pairs by the caller; here a lone one counts as not allowed.
    private static bool IsAllowedBmp(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
