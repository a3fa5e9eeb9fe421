using System.Text;
using System.Text.Json;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Validation;

/// <summary>An enum seen without its type: its YAML names and labels, for walks over the format.</summary>
internal interface IEnumShape
{
    /// <summary>The YAML names, in the order of the enum's members.</summary>
    IReadOnlyList<string> Values { get; }
    /// <summary>The labels, in the same order (null: the member has none).</summary>
    IReadOnlyList<string?> Labels { get; }
    /// <summary>The YAML name of a member (boxed), or null.</summary>
    string? NameOf(object? value);
    /// <summary>The label a report shows for a member ("In progress"), or null (none, or no value).</summary>
    string? LabelOf(object? value);
}

/// <summary>One of the members of the C# enum <typeparamref name="T"/>, written by its YAML name: the member's name in
/// snake_case (<c>InProgress</c> → <c>in_progress</c>) unless the constructor's <c>name</c> says otherwise. Validation
/// stores the member itself, so everything after it compares members, never positions or strings. Its label is the
/// name with spaces and a capital (<c>In progress</c>) unless the constructor's <c>labels</c> override it.</summary>
internal sealed class EnumShape<T> : Shape<T>, IEnumShape where T : struct, Enum
{
    private readonly string what;
    private readonly bool anyCase;
    private readonly T[] members = Enum.GetValues<T>();
    private readonly string[] names;
    private readonly string?[] labels;
    private readonly object[] boxed;   // stored in YScalar.Value without a new box per value

    public EnumShape(string what, bool anyCase = false, Func<T, string>? name = null, params (T Member, string? Label)[] labels)
    {
        this.what = what;
        this.anyCase = anyCase;
        names = members.Select(m => name?.Invoke(m) ?? SnakeCase(m.ToString())).ToArray();
        this.labels = names.Select(Label).ToArray();
        foreach (var (member, label) in labels) this.labels[Array.IndexOf(members, member)] = label;
        boxed = members.Select(m => (object)m).ToArray();
    }

    public IReadOnlyList<string> Values => names;
    public IReadOnlyList<string?> Labels => labels;
    public override string Expected => $"one of {string.Join(", ", names)}";

    /// <summary>The YAML name of <paramref name="member"/>.</summary>
    public string Name(T member) => names[Array.IndexOf(members, member)];

    /// <summary>The YAML names of every member but <paramref name="except"/>.</summary>
    public IReadOnlyList<string> NamesExcept(T except) => names.Where((_, i) => !members[i].Equals(except)).ToList();

    public string? NameOf(object? value) => value is T member ? Name(member) : null;

    public string? LabelOf(object? value) => value is T member ? labels[Array.IndexOf(members, member)] : null;

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx, $"valid choices: {string.Join(", ", names)}"); return; }
        var text = s.Text.Trim();
        var comparison = anyCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = 0; i < names.Length; i++)
            if (string.Equals(names[i], text, comparison)) { s.Value = boxed[i]; return; }
        var nearest = Suggestions.Nearest(text, names);
        var hint = nearest is null ? "" : $"did you mean '{nearest}'? ";
        ctx.Error(s, $"{DiagnosticText.Quote(s.Text)} is not a valid {what}", $"{hint}valid choices: {string.Join(", ", names)}");
    }

    public override T Read(YNode node, BindContext ctx) => Stored<T>(node);

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        if (anyCase)
        {
            // JSON Schema regexes have no case-insensitive flag: spell each letter as [Xx].
            var alternatives = names.Select(v => string.Concat(v.Select(c =>
                char.IsLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : c.ToString())));
            WriteType(json, nullable, "string");
            json.WriteString("pattern", $"^({string.Join("|", alternatives)})$");
            return;
        }
        json.WriteStartArray("enum");
        foreach (var v in names) json.WriteStringValue(v);
        if (nullable) json.WriteNullValue();
        json.WriteEndArray();
    }

    private static string SnakeCase(string member)
    {
        var sb = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            if (i > 0 && char.IsAsciiLetterUpper(member[i])) sb.Append('_');
            sb.Append(char.ToLowerInvariant(member[i]));
        }
        return sb.ToString();
    }

    private static string Label(string yamlName) =>
        char.ToUpperInvariant(yamlName[0]) + yamlName[1..].Replace('_', ' ');
}
