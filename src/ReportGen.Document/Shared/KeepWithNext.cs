namespace ReportGen.Document;

/// <summary>Which blocks stay on the page of the block after them, decided once for both writers (the PDF keeps such a
/// block with what follows; the .docx sets keepNext on its paragraph, which Word and LibreOffice chain).</summary>
public static class KeepWithNext
{
    /// <summary>The longest introduction kept with the heading after it: about three lines of body text. A longer one is
    /// a section's text in its own right, and a page may end after it.</summary>
    public const int MaxIntroLength = 300;

    /// <summary>The longest all-bold paragraph treated as a run-in heading.</summary>
    public const int MaxRunInHeadingLength = 80;

    /// <summary>Headings, and short all-bold paragraphs that layouts use as run-in headings ("**Testing**" over a list),
    /// stay on the page of what follows them. So does a heading's short introduction when another heading follows it
    /// ("## Action items", one sentence, "### Overdue"): the chain holds from the first heading to the block under the
    /// last, and a page never ends with a heading and its intro while their first subsection starts overleaf.</summary>
    /// <param name="previous">The block before <paramref name="block"/>, if any.</param>
    /// <param name="block">The block in question.</param>
    /// <param name="next">The block after it, if any.</param>
    public static bool Applies(Block? previous, Block block, Block? next) => block switch
    {
        HeadingBlock => true,
        ParagraphBlock { Inlines: [StrongInline strong] } => Inlines.PlainLength(strong.Children) <= MaxRunInHeadingLength,
        ParagraphBlock intro when previous is HeadingBlock && next is HeadingBlock => Inlines.PlainLength(intro.Inlines) <= MaxIntroLength,
        _ => false,
    };
}
