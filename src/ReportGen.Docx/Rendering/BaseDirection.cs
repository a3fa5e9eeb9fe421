using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

namespace ReportGen.Docx.Rendering;

/// <summary>A paragraph whose first strong character is Hebrew or Arabic reads right to left (the Unicode rule for a
/// paragraph's base direction); Word needs to be told, or punctuation and alignment land on the wrong side.</summary>
internal static class BaseDirection
{
    /// <summary>Marks the paragraph right-to-left when its text starts with a right-to-left letter.</summary>
    public static void Apply(Paragraph paragraph, IEnumerable<Inline> inlines)
    {
        if (IsRightToLeft(Inlines.PlainText(inlines)))
            paragraph.Properties().BiDi = new BiDi();
    }

    /// <summary>True when the first letter of the text belongs to a right-to-left script.</summary>
    public static bool IsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                return true;
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter)
                return false;
        }
        return false;
    }
}
