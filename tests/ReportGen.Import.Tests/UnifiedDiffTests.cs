namespace ReportGen.Import.Tests;

/// <summary>What <c>import --dry-run</c> prints: a unified diff that <c>patch</c> and reviewers read, one hunk per stretch
/// of changes, removed lines before added ones, in time that follows the changes, not the file.</summary>
public sealed class UnifiedDiffTests
{
    private static string Lines(int count, Func<int, string> line) => string.Concat(Enumerable.Range(1, count).Select(i => line(i) + "\n"));

    [Fact]
    public void Two_distant_changes_make_two_hunks_with_removed_lines_first()
    {
        var before = Lines(40, i => $"line {i}");
        var after = before.Replace("line 5\n", "line five\n", StringComparison.Ordinal).Replace("line 30\n", "line 30\nline 30b\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Of(before, after, "a/x.yaml", "b/x.yaml");

        Assert.Equal("""
            --- a/x.yaml
            +++ b/x.yaml
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8
            @@ -28,6 +28,7 @@
             line 28
             line 29
             line 30
            +line 30b
             line 31
             line 32
             line 33

            """, diff);
    }

    [Fact]
    public void The_diff_of_a_large_file_with_two_edits_far_apart_is_small_and_applies()
    {
        var before = Lines(200_000, i => $"  - at: \"{i}\"");
        var after = before.Replace("  - at: \"3\"\n", "  - at: \"3x\"\n", StringComparison.Ordinal)
            .Replace("  - at: \"199990\"\n", "", StringComparison.Ordinal);

        var diff = UnifiedDiff.Of(before, after, "a/x", "b/x");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("\n-  - at: \"3\"\n+  - at: \"3x\"\n", diff);
        Assert.Contains("\n-  - at: \"199990\"\n", diff);
        Assert.Contains("@@ -199987,7 +199987,6 @@\n", diff);
    }

    [Fact]
    public void Random_edits_give_diffs_that_turn_the_old_text_into_the_new()
    {
        var random = new Random(1717);
        for (var round = 0; round < 300; round++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 40)).Select(_ => "l" + random.Next(0, 6)).ToList();
            var before = string.Join("\n", lines) + "\n";
            for (var e = random.Next(1, 6); e > 0; e--)
            {
                var at = random.Next(0, lines.Count + 1);
                switch (random.Next(3))
                {
                    case 0: lines.Insert(at, "n" + random.Next(0, 6)); break;
                    case 1 when at < lines.Count: lines.RemoveAt(at); break;
                    default: if (at < lines.Count) lines[at] = "c" + random.Next(0, 6); break;
                }
            }
            var after = string.Join("\n", lines) + "\n";

            Assert.Equal(after, Apply(before, UnifiedDiff.Of(before, after, "a", "b")));
        }
    }

    /// <summary>Applies a unified diff as <c>patch</c> does (hunks checked against the old text).</summary>
    private static string Apply(string before, string diff)
    {
        if (diff.Length == 0) return before;
        var old = before.Split('\n');
        var result = new List<string>();
        var at = 0; // next old line (0-based) not yet copied
        var body = diff.Split('\n')[2..^1];
        for (var i = 0; i < body.Length; i++)
        {
            var header = System.Text.RegularExpressions.Regex.Match(body[i], @"^@@ -(\d+),(\d+) \+\d+,\d+ @@$");
            Assert.True(header.Success, body[i]);
            var start = int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var count = int.Parse(header.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var from = count == 0 ? start : start - 1;
            while (at < from) result.Add(old[at++]);
            for (i++; i < body.Length && !body[i].StartsWith("@@", StringComparison.Ordinal); i++)
            {
                var (sign, text) = (body[i][0], body[i][1..]);
                if (sign != '+') { Assert.Equal(old[at], text); at++; }
                if (sign != '-') result.Add(text);
            }
            i--;
        }
        while (at < old.Length) result.Add(old[at++]);
        return string.Join("\n", result);
    }
}
