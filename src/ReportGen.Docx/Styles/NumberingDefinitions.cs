using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Styles;

/// <summary>The numbering part: one bullet and one decimal definition with nine nested levels each (markers from
/// <see cref="ReportGen.Document.ListMarkers"/>, as in the PDF), and one numbering instance per list so every numbered
/// list starts at its own <c>Start</c>.</summary>
internal sealed class NumberingDefinitions
{
    private const int BulletAbstractId = 1;
    private const int OrderedAbstractId = 2;

    private readonly List<NumberingInstance> _instances = [];

    /// <summary>A new numbering instance for one list at a nesting depth (0-based), counting from <paramref name="start"/>.</summary>
    public int NewList(bool ordered, int depth, int start)
    {
        var id = _instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? OrderedAbstractId : BulletAbstractId }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = Math.Max(0, start) })
            { LevelIndex = Math.Clamp(depth, 0, 8) });
        }
        _instances.Add(instance);
        return id;
    }

    /// <summary>The <c>w:numbering</c> element: abstract definitions first, then the instances, as the schema orders them.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering(Abstract(BulletAbstractId, ordered: false), Abstract(OrderedAbstractId, ordered: true));
        numbering.Append(_instances.Select(i => i.CloneNode(true)));
        return numbering;
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
