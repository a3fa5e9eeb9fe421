using ReportGen.Core.Validation;

namespace ReportGen.Import.Values;

/// <summary>What the format declares about a value's field, found by its YAML path.</summary>
internal static class FieldKinds
{
    /// <summary>True when the field at <paramref name="path"/> holds Markdown ((md) in the format).</summary>
    public static bool IsMarkdown(string path) => ShapeAt(path) is TextShape { Markdown: true };

    /// <summary>The declared shape at a path (list indexes skipped), or null when the format has no such key.</summary>
    internal static Shape? ShapeAt(string path)
    {
        Shape shape = IncidentFormat.Incident;
        foreach (var segment in path.Split('.'))
        {
            var key = segment;
            var indexes = 0;
            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0) { indexes = key.Count(c => c == '['); key = key[..bracket]; }
            var owner = shape switch
            {
                IObjectShape o => o,
                ITextOrObjectShape t => t.Object,
                _ => null,
            };
            if (owner?.Find(key) is not { } field) return null;
            shape = field.Shape;
            for (var i = 0; i < indexes; i++)
                if (shape is IListShape list) shape = list.Item;
        }
        return shape;
    }
}
