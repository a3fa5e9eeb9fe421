using System.Text;
using ReportGen.Document;

namespace ReportGen.Docx.Rendering;

/// <summary>Maps the document's anchor ids (headings, table rows) to Word bookmark names, found before writing so a
/// link may point forward. Word wants bookmark names of at most 40 letters, digits and underscores, starting with a
/// letter; anchors like <c>action-a1</c> become <c>action_a1</c>.</summary>
internal sealed class AnchorMap
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);

    /// <summary>Collects every anchor of the blocks, nested ones included.</summary>
    public AnchorMap(IEnumerable<Block> blocks)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var anchor in DocumentAnchors.In(blocks))
        {
            if (anchor.Length == 0 || _names.ContainsKey(anchor))
                continue;
            var name = BookmarkName(anchor);
            for (var n = 2; !used.Add(name); n++)
                name = Truncate(BookmarkName(anchor), MaxLength - 1 - n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) + "_" + n;
            _names[anchor] = name;
        }
    }

    /// <summary>The bookmark a link to <paramref name="anchorId"/> (without '#') jumps to, or null when nothing has that anchor.</summary>
    public string? Find(string anchorId) => _names.GetValueOrDefault(anchorId);

    /// <summary>The bookmark to place for an anchor the first time it is met; null afterwards (a duplicate anchor).</summary>
    public string? Claim(string? anchorId) =>
        anchorId is not null && _names.TryGetValue(anchorId, out var name) && _placed.Add(anchorId) ? name : null;

    private static string BookmarkName(string anchor)
    {
        var sb = new StringBuilder(anchor.Length + 2);
        foreach (var c in anchor)
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        if (!char.IsAsciiLetter(sb[0]))
            sb.Insert(0, "a_");
        return Truncate(sb.ToString(), MaxLength);
    }

    private static string Truncate(string s, int length) => s.Length <= length ? s : s[..length];
}
