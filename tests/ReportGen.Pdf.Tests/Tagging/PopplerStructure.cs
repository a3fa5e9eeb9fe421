using System.Text;
using ReportGen.Pdf.Tests.PostProcessing;

namespace ReportGen.Pdf.Tests.Tagging;

/// <summary>A structure element as poppler reads it: its type, attributes, text and children.</summary>
internal sealed class StructElement(string type)
{
    public string Type { get; } = type;
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
    public List<StructElement> Children { get; } = [];
    /// <summary>The element's own text pieces and, in order with them, its children (null marks where a child goes).</summary>
    public List<string?> Content { get; } = [];
    public int Annotations { get; set; }

    /// <summary>All the text of the element and its descendants, in reading order.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            Append(text);
            return text.ToString();
        }
    }

    private void Append(StringBuilder text)
    {
        var child = 0;
        foreach (var piece in Content)
        {
            if (piece is null)
                Children[child++].Append(text);
            else
                text.Append(piece).Append(' ');
        }
    }

    public IEnumerable<StructElement> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
                yield return descendant;
        }
    }

    public override string ToString() => Type;
}

/// <summary>Reads a PDF's structure tree with poppler's <c>pdfinfo -struct-text</c>: an independent reader of the tags
/// (the one many Linux tools use), printing each element with its attributes and the text of its marked content.</summary>
internal static class PopplerStructure
{
    public static StructElement Read(byte[] pdf)
    {
        var result = PdfTools.Run("pdfinfo", pdf, "-struct-text", "{pdf}");
        Assert.True(result.ExitCode == 0, result.Error);
        var root = new StructElement("(root)");
        var stack = new List<(int Indent, StructElement Element)> { (-1, root) };
        foreach (var raw in result.Output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0)
                continue;
            var indent = line.Length - trimmed.Length;
            while (stack.Count > 1 && stack[^1].Indent >= indent)
                stack.RemoveAt(stack.Count - 1);
            var current = stack[^1].Element;
            if (trimmed.StartsWith('"'))
            {
                // The text as printed: everything between the first and the last quote (quotes inside are not escaped).
                current.Content.Add(trimmed[1..trimmed.LastIndexOf('"')]);
            }
            else if (trimmed.StartsWith('/'))
            {
                var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
                current.Attributes[space < 0 ? trimmed[1..] : trimmed[1..space]] = space < 0 ? "" : trimmed[(space + 1)..].TrimStart('/');
            }
            else if (trimmed.StartsWith("Object ", StringComparison.Ordinal))
            {
                current.Annotations++;
            }
            else
            {
                var type = trimmed.Split(' ', ':')[0];
                var element = new StructElement(type);
                current.Children.Add(element);
                current.Content.Add(null);
                stack.Add((indent, element));
            }
        }
        return root;
    }

    /// <summary>True when <c>pdfinfo</c> reports the file as tagged.</summary>
    public static bool IsTagged(byte[] pdf) =>
        PdfTools.Run("pdfinfo", pdf, "{pdf}").Output.Split('\n').Any(l => l.StartsWith("Tagged:", StringComparison.Ordinal) && l.Contains("yes", StringComparison.Ordinal));
}
