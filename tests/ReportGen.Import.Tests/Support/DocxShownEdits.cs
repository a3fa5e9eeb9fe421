using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReportGen.Import.Tests.Support;

/// <summary>Edits to values shown outside running text, stored the way Word stores them: a picture's alt text (Word's
/// Alt Text pane writes the drawing's <c>docPr/@descr</c> and the picture's <c>cNvPr/@descr</c>) and a line of a code
/// block retyped.</summary>
internal static class DocxShownEdits
{
    /// <summary>Sets the alt text of the picture marked as <paramref name="yamlPath"/>.</summary>
    public static void SetAltText(this DocxEdit docx, string yamlPath, string text)
    {
        var drawing = docx.Inside(yamlPath).OfType<Run>().Single().Descendants<Drawing>().Single();
        drawing.Descendants<DW.DocProperties>().Single().Description = text;
        foreach (var picture in drawing.Descendants<PIC.NonVisualDrawingProperties>()) picture.Description = text;
    }

    /// <summary>Retypes line <paramref name="line"/> (0-based) of the code block marked as <paramref name="yamlPath"/>:
    /// its runs replaced by one run, as Word does after a retype.</summary>
    public static void SetCodeLine(this DocxEdit docx, string yamlPath, int line, string text)
    {
        var first = docx.Start(yamlPath).Ancestors<Paragraph>().First();
        var paragraph = first.ElementsAfter().OfType<Paragraph>().Prepend(first).ElementAt(line);
        foreach (var run in paragraph.Elements<Run>().ToList()) run.Remove();
        var anchor = (OpenXmlElement?)paragraph.Elements<BookmarkEnd>().FirstOrDefault();
        var newRun = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00C0DE01" };
        if (anchor is null) paragraph.AppendChild(newRun); else anchor.InsertBeforeSelf(newRun);
    }
}
