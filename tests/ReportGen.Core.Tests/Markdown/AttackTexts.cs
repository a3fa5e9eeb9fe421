using System.Text;

namespace ReportGen.Core.Tests.Markdown;

/// <summary>Texts that look like attacks on the Markdown stages: runs of Markdown punctuation, long words, deep list and
/// emphasis nesting, many <c>&lt;</c>, many backslashes, Unicode line separators, and every block a user might try.</summary>
internal static class AttackTexts
{
    /// <summary>Named units; repeated, each makes a text of any length (for the linearity checks).</summary>
    public static readonly (string Name, string Unit)[] Patterns =
    [
        ("less-than", "<"), ("tag-like", "<a "), ("autolink-like", "<a:"), ("backslashes", "\\"), ("emphasis", "*_"),
        ("emphasis-words", "*a_ "), ("brackets", "[[]]"), ("open-brackets", "[a"), ("open-links", "[a]("), ("backticks", "`a``b```c"),
        ("long-word", "a"), ("images", "!["), ("entities", "&amp"), ("colons", ":"), ("pipes", "|"), ("lines", "a\n"),
        ("headings", "# a\n"), ("quotes", "> a\n"), ("quote-nesting", "> "), ("bold-lines", "**a\n"), ("bold-words", "**a** "),
        ("list-nesting", "- "), ("list-lines", "- a\n  "), ("loose-list", "- a\n\n"), ("setext", "a\n---\n"), ("link-definitions", "[a]: b\n"),
        ("containers", "::: x\n"), ("braces", "{"), ("html-blocks", "<div>\n"), ("fences", "```\na\n"), ("line-separators", "a\u2028b\u2029c\u0085"),
        ("punctuation", "*_[]()<>!#|\\`~:{} "),
    ];

    /// <summary><paramref name="unit"/> repeated to exactly <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString(0, length);
    }

    /// <summary>Pieces a generated text is made of. No <c>&amp;</c> (entities are allowed Markdown that changes letters),
    /// no parentheses or quotes outside the link pieces (link titles are allowed Markdown that is not shown), and digits
    /// only inside words (a line starting with digits is an ordered list, which numbers its items itself).</summary>
    private static readonly string[] Pieces =
    [
        "*", "**", "_", "__", "***", "[", "]", "<", ">", "!", "#", "|", "\\", "`", "``", "```", "~", "~~~", ":", "::", ":::",
        "{", "}", "{.title}", "{#id}", "-", "+", "=", "---", "===", " ", " ", " ", "\n", "\n", "\n\n", "\n- ", "\n  - ",
        "\n    ", "\n> ", "\n# ", "\n| a | b |\n|---|---|\n", "\u2028", "\u2029", "\u0085", "\t", "[ref]: https://x.example\n",
        "<b>", "</div>", "<!--", "-->", "<https://x.example/a>", "<ops@x.example>", "[link](https://x.example/b)",
        "[bad](javascript:alert)", "[file](file:///etc/passwd)", "![img](x.png)", "é", "日本", "—",
    ];

    /// <summary>A random text of up to <paramref name="maxPieces"/> pieces: Markdown punctuation and blocks mixed with
    /// words, now and then a long word, a long run of one piece, or deep nesting.</summary>
    public static string Generate(Random random, int maxPieces)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, maxPieces);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(20))
            {
                case 0: sb.Append(Word(random, random.Next(50, 300))); break;
                case 1: sb.Append(string.Concat(Enumerable.Repeat(Pieces[random.Next(Pieces.Length)], random.Next(10, 150)))); break;
                case 2: sb.Append('\n').Append(Repeat("- ", random.Next(2, 60))).Append(Word(random, 3)); break;
                case 3: sb.Append(Repeat("*_", random.Next(2, 160))).Append(Word(random, 3)).Append(Repeat("_*", random.Next(2, 160))); break;
                case 4: sb.Append('\n').Append(string.Concat(Enumerable.Range(0, random.Next(2, 40)).Select(k => new string(' ', 2 * k) + "- " + Word(random, 2) + "\n"))); break;
                case < 10: sb.Append(Word(random, random.Next(1, 9))); break;
                default: sb.Append(Pieces[random.Next(Pieces.Length)]); break;
            }
        }
        if (sb.ToString().AsSpan().IsWhiteSpace()) sb.Append(Word(random, 4)); // a blank field is an absent one
        return sb.ToString();
    }

    /// <summary>A word: a letter, then letters and digits.</summary>
    private static string Word(Random random, int length)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
            chars[i] = i > 0 && random.Next(5) == 0 ? (char)('0' + random.Next(10)) : letters[random.Next(letters.Length)];
        return new string(chars);
    }
}
