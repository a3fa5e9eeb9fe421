namespace ReportGen.Document;

/// <summary>A stretch of a paragraph, heading or table cell that shows one value of the incident file: characters
/// <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) of its plain text (<see cref="Inlines.PlainText"/>)
/// hold the value at <see cref="YamlPath"/> (<c>timeline[3].event</c>). Offsets, not inline indexes, so marking a value
/// never splits a text run (the PDF shapes and kerns each run as it is). The .docx writer marks it so that an edited document can be
/// read back (<c>reportgen import</c>); the PDF writer ignores it.</summary>
public sealed record ValueMark(string YamlPath, int Start, int End);

/// <summary>The names under which the .docx carries value marks: hidden bookmarks (a leading underscore keeps them out
/// of Word's bookmark list) named after a hash of the YAML path, since Word allows only 40 letters, digits and
/// underscores in a name. A value that spans several paragraphs has one bookmark per paragraph, numbered.</summary>
public static class ValueMarkNames
{
    /// <summary>What every value-mark bookmark name starts with.</summary>
    public const string Prefix = "_rg";

    /// <summary>The bookmark name of part <paramref name="part"/> (0 for the first paragraph) of the value at
    /// <paramref name="yamlPath"/>.</summary>
    public static string For(string yamlPath, int part)
    {
        var name = Prefix + Key(yamlPath);
        return part == 0 ? name : name + "_" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The part of a name <see cref="For"/> made, without the part number: equal for every paragraph of one value.</summary>
    public static string BaseOf(string bookmarkName)
    {
        var cut = bookmarkName.IndexOf('_', Prefix.Length);
        return cut < 0 ? bookmarkName : bookmarkName[..cut];
    }

    /// <summary>The part number in a name <see cref="For"/> made (0 for the first paragraph).</summary>
    public static int PartOf(string bookmarkName)
    {
        var cut = bookmarkName.IndexOf('_', Prefix.Length);
        return cut >= 0 && int.TryParse(bookmarkName.AsSpan(cut + 1), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var part) ? part : 0;
    }

    /// <summary>Ten base-32 characters (50 bits) of the path's SHA-256: short enough for Word, and stable across versions.</summary>
    private static string Key(string yamlPath)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(yamlPath), hash);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        Span<char> chars = stackalloc char[10];
        ulong bits = 0;
        for (var i = 0; i < 8; i++) bits = (bits << 8) | hash[i];
        for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[(int)((bits >> (59 - 5 * i)) & 31)];
        return new string(chars);
    }
}
