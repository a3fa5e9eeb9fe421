using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Styles;

/// <summary>The numbering part: one bullet and one decimal definition with nine nested levels each (markers from
/// <see cref="ReportGen.Document.ListMarkers"/>, as in the PDF), and one numbering instance per list so every numbered
/// list starts at its own <c>Start</c>.</summary>
internal sealed class NumberingDefinitions
{
    private const int BulletAbstractId = 1;
    private const int OrderedAbstractId = 2;
    private const string End = "</w:numbering>";

    /// <summary>The part's XML up to its first instance: the declaration, the root and both abstract definitions, the
    /// same in every document, so built and serialised by the SDK once per process (immutable).</summary>
    private static readonly Lazy<ReadOnlyMemory<byte>> Head = new(BuildHead);

    private readonly List<(int AbstractId, int? StartLevel, int Start)> _instances = [];

    /// <summary>A new numbering instance for one list at a nesting depth (0-based), counting from <paramref name="start"/>.</summary>
    public int NewList(bool ordered, int depth, int start)
    {
        _instances.Add(ordered
            ? (OrderedAbstractId, Math.Clamp(depth, 0, 8), Math.Max(0, start))
            : (BulletAbstractId, null, 0));
        return _instances.Count;
    }

    /// <summary>Writes the <c>w:numbering</c> part: abstract definitions first, then the instances, as the schema orders
    /// them (and as the SDK serialises <c>w:num</c>, <c>w:abstractNumId</c> and <c>w:lvlOverride</c>).</summary>
    public void Write(Stream stream)
    {
        stream.Write(Head.Value.Span);
        var xml = new StringBuilder(_instances.Count * 64);
        for (var i = 0; i < _instances.Count; i++)
        {
            var (abstractId, level, start) = _instances[i];
            xml.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{i + 1}\"><w:abstractNumId w:val=\"{abstractId}\" />");
            if (level is { } l)
                xml.Append(CultureInfo.InvariantCulture, $"<w:lvlOverride w:ilvl=\"{l}\"><w:startOverride w:val=\"{start}\" /></w:lvlOverride>");
            xml.Append("</w:num>");
        }
        xml.Append(End);
        stream.Write(Encoding.UTF8.GetBytes(xml.ToString()));
    }

    private static ReadOnlyMemory<byte> BuildHead()
    {
        using var buffer = new MemoryStream();
        new Numbering(Abstract(BulletAbstractId, ordered: false), Abstract(OrderedAbstractId, ordered: true)).Save(buffer);
        var bytes = buffer.ToArray();
        var end = Encoding.UTF8.GetByteCount(End);
        if (!bytes.AsSpan(bytes.Length - end).SequenceEqual(Encoding.UTF8.GetBytes(End)))
            throw new InvalidOperationException("the numbering part does not end with " + End);
        return bytes.AsMemory(0, bytes.Length - end);
    }
    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var indent = 360 + level * 360;
            var text = ordered ? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + "." : ReportGen.Document.ListMarkers.Bullet(level);
            var lvl = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = indent.ToString(CultureInfo.InvariantCulture),
                    Hanging = "360",
                }))
            { LevelIndex = level };
            if (!ordered)
                lvl.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", Hint = FontTypeHintValues.Default }));
            abstractNum.Append(lvl);
        }
        return abstractNum;
    }
}
