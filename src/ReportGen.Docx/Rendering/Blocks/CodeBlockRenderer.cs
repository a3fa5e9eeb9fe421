using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>Code: one Source Code paragraph per line (the style's border and shading join them into one box), every
/// space and tab kept as written.</summary>
internal sealed class CodeBlockRenderer : BlockRenderer<CodeBlock>
{
    // Blocks up to this many lines move to the next page whole rather than split.
    private const int KeepTogetherLines = 20;

    /// <inheritdoc/>
    protected override void Write(DocxContext context, CodeBlock block)
    {
        var code = block.Code.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var lines = code.Split('\n');
        Paragraph? last = null;
        foreach (var line in lines)
        {
            if (last is not null && lines.Length <= KeepTogetherLines)
                last.Properties().KeepNext = new KeepNext();
            last = Paragraphs.Styled(StyleIds.SourceCode);
            // A value marks each line, an empty one too, so reportgen import reads the code back line for line (a mark
            // across paragraphs does not survive a LibreOffice save).
            var (start, end) = block.Value is { } value ? context.NewValueMark(value) : default;
            if (start is not null) last.AppendChild(start);
            var text = context.Sanitizer.Clean(line.TrimEnd('\r'));
            if (text.Length > 0)
                InlineWriter.AppendScriptRuns(last, text, default, context.Document.Settings.Language);
            if (end is not null) last.AppendChild(end);
            context.Append(last);
        }
        // Space after the box, outside its border.
        last!.Properties().SpacingBetweenLines = new SpacingBetweenLines { After = "160" };
    }
}
