using System.Text;

namespace ReportGen.Core.Provenance;

/// <summary>Invisible markers around a value in the layout's Markdown, saying which incident value the text between
/// them shows. They are private-use characters, so Markdown gives them no meaning (not space, not punctuation: they
/// never change emphasis or a list), and the document mapper takes them out again (<see cref="ValueMarkExtractor"/>);
/// no writer and no <c>--format md</c> output ever sees one.</summary>
internal static class ValueMarkers
{
    /// <summary>Opens a value; the id follows as hex digits <see cref="Digit0"/>.., closed by <see cref="IdEnd"/>.</summary>
    public const char Begin = '\uE000';
    /// <summary>Ends the id of an opening marker.</summary>
    public const char IdEnd = '\uE001';
    /// <summary>Closes the innermost open value.</summary>
    public const char End = '\uE002';
    /// <summary>The hex digit 0; digits 0-15 are the 16 characters from here.</summary>
    public const char Digit0 = '\uE010';

    /// <summary>True when <paramref name="c"/> is any marker character.</summary>
    public static bool IsMarker(char c) => c is >= Begin and <= End or >= Digit0 and <= (char)(Digit0 + 15);

    /// <summary>An inline value: markers right around the Markdown.</summary>
    public static string Inline(int id, string markdown) =>
        markdown.Length == 0 ? markdown : Open(id) + markdown + End;

    /// <summary>A block value: markers on lines of their own, so the value's first block keeps its meaning (a list, a
    /// heading) and the markers become empty paragraphs the mapper drops.</summary>
    public static string Block(int id, string markdown) =>
        markdown.Length == 0 ? markdown : Open(id) + "\n\n" + markdown + "\n\n" + End;

    private static string Open(int id)
    {
        var sb = new StringBuilder(10).Append(Begin);
        var hex = id.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var h in hex) sb.Append((char)(Digit0 + Convert.ToInt32(h.ToString(), 16)));
        return sb.Append(IdEnd).ToString();
    }

    /// <summary>The text without any marker (the same string when it holds none).</summary>
    public static string Strip(string text)
    {
        var i = 0;
        while (i < text.Length && !IsMarker(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
            if (!IsMarker(text[i])) sb.Append(text[i]);
        return sb.ToString();
    }

    /// <summary>Reads an opening marker at <paramref name="at"/> (which holds <see cref="Begin"/>): its id and the index
    /// after it; -1 as id when it is malformed.</summary>
    public static (int Id, int Next) ReadOpen(string text, int at)
    {
        var id = 0;
        var i = at + 1;
        for (; i < text.Length && text[i] is >= Digit0 and <= (char)(Digit0 + 15); i++) id = id * 16 + (text[i] - Digit0);
        return i < text.Length && text[i] == IdEnd ? (id, i + 1) : (-1, i);
    }
}
