namespace ReportGen.Import.Docx;

/// <summary>A marked value as the .docx holds it: its paragraphs, and where the first of them stands.</summary>
internal sealed record DocxValue(string BookmarkBase, IReadOnlyList<ValuePart> Parts, DocxPlace Place);

/// <summary>A Word comment: who wrote it when, what it says, the text it is anchored to and the marked values that
/// text belongs to.</summary>
internal sealed record DocxComment(string Author, string Date, string Text, string AnchorText, IReadOnlyList<string> BookmarkBases);

/// <summary>A body row of a table as the .docx holds it: each cell's runs and the value marks found in each cell.</summary>
internal sealed record DocxRow(int Row, IReadOnlyList<IReadOnlyList<FlatRun>> Cells, IReadOnlyList<IReadOnlyList<string>> CellMarks)
{
    /// <summary>The YAML paths of the row's value marks, cell by cell (<paramref name="pathOfBase"/> maps a mark's
    /// bookmark base to its path; a mark it does not know is left out).</summary>
    public IEnumerable<string> MarkedPaths(IReadOnlyDictionary<string, string> pathOfBase) =>
        CellMarks.SelectMany(m => m).Select(b => pathOfBase.GetValueOrDefault(b)).OfType<string>();

    /// <summary>The text of the cell in column <paramref name="column"/>, its runs joined.</summary>
    public string TextOf(int column) => string.Concat(Cells[column].Select(r => r.Text));
}

/// <summary>A table of the .docx: its section, header labels and body rows.</summary>
internal sealed record DocxTable(string Section, IReadOnlyList<string> Header, IReadOnlyList<DocxRow> Rows);

/// <summary>A list paragraph with no mark right after a marked list item: a bullet the facilitator added.</summary>
internal sealed record DocxNewBullet(string AfterBase, IReadOnlyList<FlatRun> Runs, DocxPlace Place);

/// <summary>Everything <see cref="DocxValueReader"/> found.</summary>
internal sealed record DocxValues(
    IReadOnlyDictionary<string, DocxValue> Values,
    IReadOnlyList<DocxComment> Comments,
    IReadOnlyList<DocxTable> Tables,
    IReadOnlyList<DocxNewBullet> NewBullets,
    IReadOnlyList<(string Label, string Value)> KeyFigures,
    int Insertions,
    int Deletions);
