using System.Text.RegularExpressions;

namespace ReportGen.Import.Values;

/// <summary>How a Markdown value writes its lists, level by level: the bullet character, the number delimiter, whether
/// numbers count up, and how far each level's marker stands to the right of its parent item's text. Read from the
/// value as the incident file has it, so a value rewritten after an edit keeps the indentation the author used; levels
/// the value never used get the shortest indentation CommonMark nests by (the parent's text column).</summary>
internal sealed partial class ListStyle
{
    private readonly Dictionary<int, Level> _levels = [];

    /// <summary>The style of one nesting level.</summary>
    /// <param name="Bullet">The bullet character (<c>-</c>, <c>*</c> or <c>+</c>).</param>
    /// <param name="Delimiter">The character after a number (<c>.</c> or <c>)</c>).</param>
    /// <param name="Counts">True when numbers count up (1. 2. 3.), false when every item repeats the first number.</param>
    /// <param name="Indent">Spaces between the parent item's text column (column 0 at the outermost level) and the
    /// marker.</param>
    internal sealed record Level(char Bullet, char Delimiter, bool Counts, int Indent);

    /// <summary>The style of the lists in <paramref name="markdown"/> (the value's text).</summary>
    public static ListStyle Of(string? markdown)
    {
        var style = new ListStyle();
        if (string.IsNullOrEmpty(markdown)) return style;
        var open = new List<(int Text, int? Number)>();
        var decided = new HashSet<int>();
        string? previous = null;
        foreach (var line in markdown.Split('\n'))
        {
            var m = Marker().Match(line);
            var after = previous;
            previous = line;
            if (!m.Success) continue;
            // The first list that follows text says whether a list starts right under its paragraph or after a blank line.
            if (style.TightAfterText is null && after is not null && !Marker().IsMatch(after)) style.TightAfterText = after.Trim().Length > 0;
            var column = m.Groups[1].Length;
            // A marker before the open item's text column closes it; the last item closed is this one's sibling.
            (int Text, int? Number)? sibling = null;
            while (open.Count > 0 && column < open[^1].Text) { sibling = open[^1]; open.RemoveAt(open.Count - 1); }
            var level = open.Count;
            var marker = m.Groups[2].Value;
            int? number = char.IsAsciiDigit(marker[0]) ? int.Parse(marker[..^1], System.Globalization.CultureInfo.InvariantCulture) : null;
            if (!style._levels.ContainsKey(level))
            {
                var parentText = level == 0 ? 0 : open[level - 1].Text;
                style._levels[level] = new Level(number is null ? marker[0] : '-', number is null ? '.' : marker[^1], Counts: true,
                    Math.Clamp(column - parentText, 0, 3));
            }
            else if (number is { } n && sibling?.Number is { } before && decided.Add(level))
            {
                style._levels[level] = style._levels[level] with { Counts = n != before };
            }
            open.Add((column + marker.Length + m.Groups[3].Length, number));
        }
        return style;
    }

    /// <summary>True when a list starts on the line right under the paragraph before it, false after a blank line, null
    /// when the value does not say.</summary>
    public bool? TightAfterText { get; private set; }

    /// <summary>The style of <paramref name="level"/>; a level the value never used gets a hyphen, counting numbers with a
    /// full stop, and no indentation beyond its parent's text (<paramref name="outermostIndent"/> at level 0).</summary>
    public Level At(int level, int outermostIndent = 0) =>
        _levels.TryGetValue(level, out var known) ? known : new Level('-', '.', Counts: true, level == 0 ? outermostIndent : 0);

    // Optional indentation, a bullet or a number with its delimiter, then at least one space and text.
    [GeneratedRegex(@"^( *)([-*+]|[0-9]{1,9}[.)])( +)\S")]
    private static partial Regex Marker();
}
