using System.Globalization;
using System.Text;

namespace ReportGen.Import;

/// <summary>A unified diff of two texts (what <c>import --dry-run</c> prints): one hunk per stretch of changes with three
/// lines of context (hunks closer than that merge), removed lines before added ones. Lines common to both ends are
/// skipped first and the rest is compared by Myers' algorithm, whose cost follows the number of changed lines; past
/// <see cref="MaxChangedLines"/> the differing stretch is shown removed and added whole, so no input makes it slow.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Beyond this many changed lines the differing stretch is not compared line by line.</summary>
    internal const int MaxChangedLines = 2000;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>; empty when they are equal.</summary>
    public static string Of(string before, string after, string oldName, string newName)
    {
        if (before == after) return "";
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        // Every line as an operation: ' ' in both (a and b index), '-' only in a, '+' only in b.
        var ops = new List<(char Sign, int A, int B)>(a.Length + 8);
        for (var i = 0; i < prefix; i++) ops.Add((' ', i, i));
        foreach (var (sign, x, y) in Middle(a.AsSpan(prefix, a.Length - suffix - prefix), b.AsSpan(prefix, b.Length - suffix - prefix)))
            ops.Add((sign, x + prefix, y + prefix));
        for (var i = 0; i < suffix; i++) ops.Add((' ', a.Length - suffix + i, b.Length - suffix + i));

        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var k = 0;
        while (k < ops.Count)
        {
            if (ops[k].Sign == ' ') { k++; continue; }
            // A hunk: from the context before this change to the context after the last change within reach.
            var start = Math.Max(0, k - Context);
            while (start < k && ops[start].Sign != ' ') start++;
            var end = k;
            for (var j = k; j < ops.Count; j++)
            {
                if (ops[j].Sign != ' ') end = j;
                else if (j - end > 2 * Context) break;
            }
            var stop = Math.Min(ops.Count, end + 1 + Context);
            Hunk(sb, ops, start, stop, a, b);
            k = stop;
        }
        return sb.ToString();
    }

    private static void Hunk(StringBuilder sb, List<(char Sign, int A, int B)> ops, int start, int stop, string[] a, string[] b)
    {
        int oldCount = 0, newCount = 0;
        for (var i = start; i < stop; i++)
        {
            if (ops[i].Sign != '+') oldCount++;
            if (ops[i].Sign != '-') newCount++;
        }
        var oldStart = ops[start].A + (oldCount == 0 ? 0 : 1);
        var newStart = ops[start].B + (newCount == 0 ? 0 : 1);
        sb.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
        var i2 = start;
        while (i2 < stop)
        {
            if (ops[i2].Sign == ' ') { sb.Append(' ').Append(a[ops[i2].A]).Append('\n'); i2++; continue; }
            var run = i2;
            while (run < stop && ops[run].Sign != ' ') run++;
            for (var j = i2; j < run; j++) if (ops[j].Sign == '-') sb.Append('-').Append(a[ops[j].A]).Append('\n');
            for (var j = i2; j < run; j++) if (ops[j].Sign == '+') sb.Append('+').Append(b[ops[j].B]).Append('\n');
            i2 = run;
        }
    }

    /// <summary>The shortest edit script of the differing middle (Myers), as operations with indexes into it. Each
    /// step keeps only the diagonals it reached, so memory follows the square of the number of changed lines.</summary>
    private static List<(char Sign, int A, int B)> Middle(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        int n = a.Length, m = b.Length, max = n + m;
        var ops = new List<(char, int, int)>();
        var v = new int[2 * max + 2];
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= max && found < 0; d++)
        {
            trace.Add(d == 0 ? [] : v[(max - d + 1)..(max + d)]); // the diagonals -d+1 .. d-1 as they stood before step d
            for (var diagonal = -d; diagonal <= d; diagonal += 2)
            {
                var x = diagonal == -d || (diagonal != d && v[max + diagonal - 1] < v[max + diagonal + 1])
                    ? v[max + diagonal + 1] : v[max + diagonal - 1] + 1;
                var y = x - diagonal;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[max + diagonal] = x;
                if (x >= n && y >= m) { found = d; break; }
            }
            if (d > MaxChangedLines) return Whole(n, m);
        }
        // Walk back from the end, step by step, through the diagonals each step came from.
        int cx = n, cy = m;
        for (var d = found; d > 0; d--)
        {
            var before = trace[d]; // index i stands for diagonal i - d + 1
            int At(int diagonal) => before[diagonal + d - 1];
            var diag = cx - cy;
            var down = diag == -d || (diag != d && At(diag - 1) < At(diag + 1));
            var previous = down ? diag + 1 : diag - 1;
            var px = At(previous);
            var py = px - previous;
            while (cx > px && cy > py) { cx--; cy--; ops.Add((' ', cx, cy)); }
            if (down) { cy--; ops.Add(('+', cx, cy)); }
            else { cx--; ops.Add(('-', cx, cy)); }
        }
        while (cx > 0 && cy > 0) { cx--; cy--; ops.Add((' ', cx, cy)); }
        ops.Reverse();
        return ops;
    }

    /// <summary>The stretch removed and added whole.</summary>
    private static List<(char Sign, int A, int B)> Whole(int n, int m)
    {
        var ops = new List<(char, int, int)>(n + m);
        for (var i = 0; i < n; i++) ops.Add(('-', i, 0));
        for (var j = 0; j < m; j++) ops.Add(('+', n, j));
        return ops;
    }
}
