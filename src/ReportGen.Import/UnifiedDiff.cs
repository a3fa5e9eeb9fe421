using System.Globalization;
using System.Text;

namespace ReportGen.Import;

/// <summary>A unified diff of two texts (what <c>import --dry-run</c> prints). Lines common to both ends are skipped
/// first, so the cost follows the size of the edited stretch, not of the file.</summary>
public static class UnifiedDiff
{
    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/> with three lines of context; empty
    /// when they are equal.</summary>
    public static string Of(string before, string after, string oldName, string newName)
    {
        if (before == after) return "";
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var ops = Middle(a[prefix..(a.Length - suffix)], b[prefix..(b.Length - suffix)]);
        const int context = 3;
        var from = Math.Max(0, prefix - context);
        var toA = Math.Min(a.Length, a.Length - suffix + context);
        var toB = Math.Min(b.Length, b.Length - suffix + context);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"@@ -{from + 1},{toA - from} +{from + 1},{toB - from} @@\n");
        for (var i = from; i < prefix; i++) sb.Append(' ').Append(a[i]).Append('\n');
        foreach (var (sign, line) in ops) sb.Append(sign).Append(line).Append('\n');
        for (var i = a.Length - suffix; i < toA; i++) sb.Append(' ').Append(a[i]).Append('\n');
        return sb.ToString();
    }

    /// <summary>Longest-common-subsequence edit script of the differing middle.</summary>
    private static List<(char Sign, string Line)> Middle(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var ops = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { ops.Add((' ', a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { ops.Add(('+', b[y])); y++; }
            else { ops.Add(('-', a[x])); x++; }
        }
        return ops;
    }
}
