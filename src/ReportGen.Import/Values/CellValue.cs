using ReportGen.Core.Validation;
using ReportGen.Import.Docx;

namespace ReportGen.Import.Values;

/// <summary>The field text of what was typed into a table cell, by the shape of the key it goes to: Markdown for (md)
/// text, plain text otherwise, and for an enum the YAML name of the value whose name or label was typed ("In progress"
/// → <c>in_progress</c>); anything else as typed, for validation to judge.</summary>
internal static class CellValue
{
    /// <summary>The value of <paramref name="runs"/> for the key at <paramref name="path"/>.</summary>
    public static string Of(IReadOnlyList<FlatRun> runs, string path)
    {
        var shape = FieldKinds.ShapeAt(path);
        if (shape is TextShape { Markdown: true }) return ValueMarkdown.Inline(runs).Trim();
        var text = OneSpaced.Of(string.Concat(runs.Select(r => r.Text)));
        if (shape is not IEnumShape choices) return text;
        for (var i = 0; i < choices.Values.Count; i++)
        {
            var name = choices.Values[i];
            if (Same(text, name) || (choices.Labels[i] is { } label && Same(text, label))) return name;
        }
        return text;
    }

    private static bool Same(string typed, string name) =>
        string.Equals(Key(typed), Key(name), StringComparison.OrdinalIgnoreCase);

    private static string Key(string text) => text.Replace("'", "", StringComparison.Ordinal).Replace('_', ' ').Replace('-', ' ').Trim();
}
