namespace ReportGen.Pdf.Engine;

/// <summary>What a stretch of page content is in the document: the block it renders (<see cref="Owner"/>, a Document
/// model block, compared by reference) and, inside tables, the row and column. Recorded with the drawing so the pages'
/// structure can be read back from the same blocks both writers render (the parity test does; a tagged PDF's structure
/// tree is built from the same marks).</summary>
/// <param name="Role">What kind of stretch it is.</param>
/// <param name="Owner">The Document block it belongs to.</param>
/// <param name="Row">Table row (0: the header row, repeated on each page the table spans), or -1.</param>
/// <param name="Column">Table column, or -1.</param>
internal sealed record StructureTag(StructureRole Role, object Owner, int Row = -1, int Column = -1);

/// <summary>Kinds of <see cref="StructureTag"/>.</summary>
internal enum StructureRole
{
    /// <summary>All the content of one block.</summary>
    Block,
    /// <summary>One row of a table (a data table or the sign-off table).</summary>
    TableRow,
    /// <summary>One cell of a table row.</summary>
    TableCell,
    /// <summary>The drawing of a figure (the picture, not its caption).</summary>
    Figure,
    /// <summary>A page number the writer adds (contents entries): not content of the document.</summary>
    PageNumber,
}
