using System.Text;
using System.Text.Json;
using ReportGen.Document.Diagnostics;
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
    private readonly string _what;
    private readonly bool _anyCase;
    private readonly T[] _members = Enum.GetValues<T>();
    private readonly string[] _names;
    private readonly string?[] _labels;
    private readonly object[] _boxed;   // stored in YScalar.Value without a new box per value

    public EnumShape(string what, bool anyCase = false, Func<T, string>? name = null, params (T Member, string? Label)[] labels)
    {
        _what = what;
        _anyCase = anyCase;
        _names = _members.Select(m => name?.Invoke(m) ?? SnakeCase(m.ToString())).ToArray();
        _labels = _names.Select(Label).ToArray();
        foreach (var (member, label) in labels) _labels[Array.IndexOf(_members, member)] = label;
        _boxed = _members.Select(m => (object)m).ToArray();
    }

    public IReadOnlyList<string> Values => _names;
    public IReadOnlyList<string?> Labels => _labels;
    public override string Expected => $"one of {string.Join(", ", _names)}";

    /// <summary>The YAML name of <paramref name="member"/>.</summary>
    public string Name(T member) => _names[Array.IndexOf(_members, member)];

    /// <summary>The YAML names of every member but <paramref name="except"/>.</summary>
    public IReadOnlyList<string> NamesExcept(T except) => _names.Where((_, i) => !_members[i].Equals(except)).ToList();

    public string? NameOf(object? value) => value is T member ? Name(member) : null;

    public string? LabelOf(object? value) => value is T member ? _labels[Array.IndexOf(_members, member)] : null;

    public override void Check(YNode node, ValidationContext ctx)
    {
        if (node is not YScalar s) { WrongType(node, ctx, $"valid choices: {string.Join(", ", _names)}"); return; }
        var text = s.Text.Trim();
        var comparison = _anyCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = 0; i < _names.Length; i++)
            if (string.Equals(_names[i], text, comparison)) { s.Value = _boxed[i]; return; }
        var nearest = Suggestions.Nearest(text, _names);
        var hint = nearest is null ? "" : $"did you mean '{nearest}'? ";
        ctx.Error(s, $"{DiagnosticText.Quote(s.Text)} is not a valid {_what}", $"{hint}valid choices: {string.Join(", ", _names)}");
    }

    public override T Read(YNode node, BindContext ctx) => Stored<T>(node);

    public override void WriteSchema(Utf8JsonWriter json, bool nullable)
    {
        if (_anyCase)
        {
            // JSON Schema regexes have no case-insensitive flag: spell each letter as [Xx].
            var alternatives = _names.Select(v => string.Concat(v.Select(c =>
                char.IsLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : c.ToString())));
            WriteType(json, nullable, "string");
            json.WriteString("pattern", $"^({string.Join("|", alternatives)})$");
            return;
        }
        json.WriteStartArray("enum");
        foreach (var v in _names) json.WriteStringValue(v);
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
