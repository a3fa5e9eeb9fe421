using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ReportGen.Import.Yaml;

/// <summary>Writes a value as a YAML scalar in the style the old one had when the new text allows it: plain stays plain,
/// quotes stay quotes, a block stays a block (same indentation); otherwise the simplest style that reads back exactly.</summary>
internal static partial class ScalarWriter
{
    /// <summary>The scalar text replacing <paramref name="old"/> (the source text of the old scalar).</summary>
    public static string Write(string value, YamlSpot spot, string old)
    {
        var multiLine = value.Contains('\n');
        if (spot.Style is ScalarStyle.Literal or ScalarStyle.Folded || multiLine)
            return Block(value, spot, old);
        if (spot.Style == ScalarStyle.SingleQuoted && !value.Contains('\n'))
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        if (spot.Style == ScalarStyle.Plain && IsPlainSafe(value)) return value;
        // A date or number written plain stays plain when the new one is of the same sort (due: 2026-04-01).
        if (spot.Style == ScalarStyle.Plain && Special().IsMatch(old) && Special().IsMatch(value) && PlainText().IsMatch(value)
            && !value.Contains(": ", StringComparison.Ordinal) && IsDate(old) == IsDate(value)) return value;
        return DoubleQuoted(value);
    }

    /// <summary>A literal block (<c>|</c>) at the old block's indentation; chomping keeps the trailing line break as
    /// the old scalar had it.</summary>
    private static string Block(string value, YamlSpot spot, string old)
    {
        var indent = OldBlockIndent(old) ?? spot.Indent;
        var keep = old.StartsWith('|') || old.StartsWith('>') ? !old.StartsWith("|-", StringComparison.Ordinal) && !old.StartsWith(">-", StringComparison.Ordinal) : true;
        var text = value.TrimEnd('\n');
        var sb = new StringBuilder(keep ? "|" : "|-");
        if (text.Length > 0 && text[0] == ' ') sb.Append(indent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pad = new string(' ', indent);
        foreach (var line in text.Split('\n'))
        {
            sb.Append('\n');
            if (line.Length > 0) sb.Append(pad).Append(line);
        }
        if (keep) sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The indentation of an old block scalar's first content line, when it was one.</summary>
    private static int? OldBlockIndent(string old)
    {
        if (old.Length == 0 || old[0] is not ('|' or '>')) return null;
        foreach (var line in old.Split('\n').Skip(1))
            if (line.Trim().Length > 0) return line.Length - line.TrimStart(' ').Length;
        return null;
    }

    private static bool IsDate(string text) => text.Length >= 10 && text[4] == '-' && text[7] == '-';

    private static bool IsPlainSafe(string value) =>
        value.Length > 0 && PlainText().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':') && !Special().IsMatch(value);

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    // Starts with a letter or an ordinary character, no control characters, no trailing space.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^\x00-\x1f]*(?<!\s)$")]
    private static partial Regex PlainText();

    // Words and numbers YAML would read as something other than text.
    [GeneratedRegex(@"^(?i:true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_:.,eE+\-]*|\.inf|\.nan|[0-9]{4}-[0-9]{2}-[0-9]{2}.*)$")]
    private static partial Regex Special();
}
