using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Import.Docx;

/// <summary>Tells list paragraphs apart the way Word does: a paragraph's numbering (<c>w:numPr</c>: instance and level
/// <c>w:ilvl</c>) leads through the numbering part to the level's format, bullet or a number. So a bullet indented in
/// Word (Tab: a deeper <c>w:ilvl</c> of the same list) is read at its new level and in that level's format. A paragraph
/// with a list style and no numbering of its own is read by its style's name, at the outermost level.</summary>
internal sealed class ListNumbering(Numbering? numbering)
{
    private readonly Dictionary<int, AbstractNum> _abstracts = numbering?.Elements<AbstractNum>()
        .Where(a => a.AbstractNumberId?.Value is not null)
        .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => g.First()) ?? [];
    private readonly Dictionary<int, NumberingInstance> _instances = numbering?.Elements<NumberingInstance>()
        .Where(n => n.NumberID?.Value is not null)
        .GroupBy(n => n.NumberID!.Value).ToDictionary(g => g.Key, g => g.First()) ?? [];

    /// <summary>The paragraph's kind and list level (-1 for a plain paragraph, or the level of the item a "List
    /// Continue" paragraph continues, from its indentation).</summary>
    public (ParagraphKind Kind, int Level) KindOf(Paragraph p, string style)
    {
        if (style == "SourceCode") return (ParagraphKind.Code, -1); // a line of a code block, never a list item
        var numPr = p.ParagraphProperties?.NumberingProperties;
        if (numPr?.NumberingId?.Val?.Value is { } numId)
        {
            if (numId == 0) return (ParagraphKind.Plain, -1); // numbering switched off on this paragraph
            var level = Math.Clamp(numPr.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
            return (Format(numId, level) is { } bullet ? (bullet ? ParagraphKind.Bullet : ParagraphKind.Numbered) : ByStyle(style), level);
        }
        if (style.Contains("Number", StringComparison.Ordinal)) return (ParagraphKind.Numbered, 0);
        if (style.Contains("Bullet", StringComparison.Ordinal)) return (ParagraphKind.Bullet, 0);
        if (style == "ListContinue" && Indent(p) is { } left && left >= 360) return (ParagraphKind.Plain, Math.Min(8, left / 360 - 1));
        return (ParagraphKind.Plain, -1);
    }

    /// <summary>The number a numbered paragraph's list starts at (Word's <c>w:start</c>: the numbering instance's start
    /// override for the level, else the level's own start); 1 when the numbering part does not say.</summary>
    public int StartOf(Paragraph p)
    {
        var numPr = p.ParagraphProperties?.NumberingProperties;
        if (numPr?.NumberingId?.Val?.Value is not { } numId || !_instances.TryGetValue(numId, out var instance)) return 1;
        var level = Math.Clamp(numPr.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        var levelOverride = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        if (levelOverride?.StartOverrideNumberingValue?.Val?.Value is { } start) return start;
        var lvl = levelOverride?.Level
                  ?? (instance.AbstractNumId?.Val?.Value is { } a && _abstracts.TryGetValue(a, out var abs)
                      ? abs.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level) : null);
        return lvl?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private static ParagraphKind ByStyle(string style) =>
        style.Contains("Number", StringComparison.Ordinal) ? ParagraphKind.Numbered : ParagraphKind.Bullet;

    /// <summary>True for a bullet level, false for a numbered one, null when the numbering part does not say.</summary>
    private bool? Format(int numId, int level)
    {
        if (!_instances.TryGetValue(numId, out var instance)) return null;
        // A level override may carry a whole level definition of its own.
        var overridden = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        var lvl = overridden
                  ?? (instance.AbstractNumId?.Val?.Value is { } a && _abstracts.TryGetValue(a, out var abs)
                      ? abs.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level) : null);
        var format = lvl?.NumberingFormat?.Val?.Value;
        if (format is null) return null;
        return format == NumberFormatValues.Bullet || format == NumberFormatValues.None;
    }

    private static int? Indent(Paragraph p)
    {
        var ind = p.ParagraphProperties?.Indentation;
        var text = ind?.Left?.Value ?? ind?.Start?.Value;
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
