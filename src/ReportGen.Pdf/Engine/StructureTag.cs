namespace ReportGen.Pdf.Engine;

/// <summary>What a stretch of page content is in the document: the block it renders (<see cref="Owner"/>, a Document
/// model block or a part of one, compared by reference) and, inside tables, the row and column. Recorded with the
/// drawing, so the pages' structure can be read back from the same blocks both writers render: the parity test reads
/// tables from it, and the PDF's structure tree is built from it (<see cref="Composition.StructureTypes"/> says what
/// each tag is in PDF terms).</summary>
/// <param name="Role">What kind of stretch it is.</param>
/// <param name="Owner">The Document block (or part of one: a list item, a link, a key figure) it belongs to; for
/// <see cref="StructureRole.Artifact"/>, the <see cref="ArtifactKind"/>.</param>
/// <param name="Row">Table row (0: the header row, repeated on each page the table spans), a part's index inside its
/// block (<see cref="StructureRole.Line"/>), or -1.</param>
/// <param name="Column">Table column, or -1.</param>
internal sealed record StructureTag(StructureRole Role, object Owner, int Row = -1, int Column = -1)
{
    /// <summary>How many table columns a cell spans (a sign-off comment spans the whole row).</summary>
    public int ColumnSpan { get; init; } = 1;

    private static readonly StructureTag[] Artifacts =
        Enum.GetValues<ArtifactKind>().Select(kind => new StructureTag(StructureRole.Artifact, kind)).ToArray();

    /// <summary>The tag of drawing that is not content (one shared instance per kind).</summary>
    public static StructureTag Artifact(ArtifactKind kind) => Artifacts[(int)kind];
}

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
    /// <summary>A page number the writer adds (contents entries).</summary>
    PageNumber,
    /// <summary>The caption of a figure, or the title of the contents.</summary>
    Caption,
    /// <summary>The title of the title block: the document's top heading.</summary>
    Title,
    /// <summary>A line of text inside a block that is neither heading nor body (a title block's kicker, subtitle and
    /// badges, a callout's title); <see cref="StructureTag.Row"/> tells them apart.</summary>
    Line,
    /// <summary>One list item or key figure (owner: the <c>ListItem</c> or <c>KeyFigure</c>).</summary>
    ListItem,
    /// <summary>The marker of a list item, or the label of a key figure.</summary>
    ListLabel,
    /// <summary>The content of a list item, or the value of a key figure.</summary>
    ListBody,
    /// <summary>One entry of the table of contents (owner: the <c>ContentsEntry</c>).</summary>
    ContentsEntry,
    /// <summary>The text and clickable areas of one link (owner: the <c>LinkInline</c> or contents entry).</summary>
    Link,
    /// <summary>Drawing that is not content: page furniture, rules, fills, repeated table headers
    /// (owner: the <see cref="ArtifactKind"/>).</summary>
    Artifact,
}

/// <summary>What kind of non-content drawing an <see cref="StructureRole.Artifact"/> is.</summary>
internal enum ArtifactKind
{
    /// <summary>Rules, fills, borders, backgrounds, a logo: the look, not the content.</summary>
    Layout,
    /// <summary>The running page header.</summary>
    Header,
    /// <summary>The page footer.</summary>
    Footer,
    /// <summary>The DRAFT watermark.</summary>
    Watermark,
    /// <summary>A table's header row drawn again at the top of a later page.</summary>
    RepeatedHeader,
}
