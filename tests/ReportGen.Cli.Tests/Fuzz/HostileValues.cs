using System.Text;

namespace ReportGen.Cli.Tests.Fuzz;

/// <summary>What an attacker (or an unlucky copy-paste) puts into an incident: scalars, file names and figure files.</summary>
internal static class HostileValues
{
    /// <summary>A YAML scalar (already written as YAML: quoted or plain) that replaces a value. Sizes stay small enough
    /// that a report's Markdown stays under 100,000 characters, and values that other parts of the tool still get wrong
    /// are left out until they are fixed (recursive aliases, headings in Markdown text, long runs of '&lt;'): see the
    /// tests of those parts.</summary>
    public static string Scalar(Random rng) => rng.Next(16) switch
    {
        0 => new string('x', rng.Next(1_000, 4_000)),                                    // one long unbreakable word
        1 => Quoted(Punctuation(rng, rng.Next(10, 2_000))),                              // Markdown punctuation runs
        2 => "\"\\e[31mred\\a\\x9b2J\\u202Eevil\\0\"",                                   // control characters
        3 => Pick(rng, "2024-02-30", "2024-13-01T25:61:00Z", "9999-99-99", "yesterday", "14:51", "-1", "1e999", ".nan"),
        4 => Pick(rng, "*undefined", "&a x", "!!binary aGVsbG8=", "{a: b}", "[1, [2, [3]]]", "~", "''", "\"\"", "|", ">-"),
        5 => Nested(rng.Next(10, 120)),                                                  // deep nesting
        6 => Quoted(string.Concat(Enumerable.Repeat("line\u2028sep\u0085nel ", rng.Next(1, 50)))),
        7 => Quoted(Words(rng, rng.Next(50, 600))),                                      // a long ordinary text
        8 => Quoted("tab\there, emoji 🎉, CJK 中文, RTL \u05D0\u05D1, combining e\u0301"),
        9 => Quoted("[link](javascript:alert(1)) <http://x> ![img](file:///etc/passwd) `code` **bold**"),
        10 => Pick(rng, "yes", "no", "null", "true", "0x1F", "0o17", "+.inf", "'single ''quoted'''"),
        11 => Quoted(new string('\\', rng.Next(1, 40)) + "\\\\n"),
        12 => "\"" + string.Concat(Enumerable.Repeat("- item\\n", rng.Next(1, 200))) + "\"",
        13 => Quoted(string.Concat(Enumerable.Repeat("| a | b |\\n|---|---|\\n", rng.Next(1, 50)))),
        14 => Quoted(string.Concat(Enumerable.Repeat("> quote ", rng.Next(1, 300)))),
        _ => Quoted(RandomUnicode(rng, rng.Next(1, 400))),
    };

    /// <summary>An incident file name: ordinary, unusual, or hostile.</summary>
    public static string FileName(Random rng) => rng.Next(10) switch
    {
        0 => "with space.yaml",
        1 => "ünïcödé-中文.yaml",
        2 => "esc\u001b[31m.yaml",
        3 => new string('n', 180) + ".yaml",
        4 => "UPPER.YML",
        5 => "dots..many...yml",
        6 => "bell\u0007.yaml",
        _ => $"incident-{rng.Next(1000)}.yaml",
    };

    /// <summary>Bytes of a figure file that is not what it claims.</summary>
    public static byte[] GarbageImage(Random rng) => rng.Next(5) switch
    {
        0 => [],
        1 => RandomBytes(rng, rng.Next(1, 5_000)),
        2 => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 5, 0, 0, 0, 5, 8, 6, 0, 0, 0],
        3 => Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'><rect width='10' height='10'"),
        _ => [0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 10, 0, 10, 3],
    };

    private static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
            builder.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", _ when c < ' ' => $"\\x{(int)c:x2}", _ => c.ToString() });
        return builder.Append('"').ToString();
    }

    private static string Punctuation(Random rng, int length)
    {
        const string marks = "*_`[]()#>!<|\\~-+=:{}&;.";
        return string.Create(length, rng, (span, r) => { for (var i = 0; i < span.Length; i++) span[i] = marks[r.Next(marks.Length)]; });
    }

    private static string Words(Random rng, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(rng, "the", "pool", "was", "exhausted", "latency", "rose", "again")));

    private static string Nested(int depth) => new string('[', depth) + "x" + new string(']', depth);

    private static string RandomUnicode(Random rng, int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var c = rng.Next(0x20, 0x3000);
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            builder.Append((char)c);
        }
        return builder.ToString();
    }

    private static byte[] RandomBytes(Random rng, int length)
    {
        var bytes = new byte[length];
        rng.NextBytes(bytes);
        return bytes;
    }

    public static T Pick<T>(Random rng, params T[] choices) => choices[rng.Next(choices.Length)];
}
