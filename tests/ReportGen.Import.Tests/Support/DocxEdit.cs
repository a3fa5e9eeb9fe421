using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ValueMarkNames = ReportGen.Document.ValueMarkNames;

namespace ReportGen.Import.Tests.Support;

/// <summary>Edits a .docx the way Word stores edits: runs split with revision ids, tracked insertions and deletions,
/// comments anchored to a range, rows added to a table.</summary>
internal sealed class DocxEdit : IDisposable
{
    private readonly WordprocessingDocument _package;

    public DocxEdit(string path) => _package = WordprocessingDocument.Open(path, true);

    public Body Body => _package.MainDocumentPart!.Document!.Body!;

    /// <summary>The bookmark start of the first paragraph of the value at <paramref name="yamlPath"/>.</summary>
    public BookmarkStart Start(string yamlPath, int part = 0)
    {
        var name = ValueMarkNames.For(yamlPath, part);
        return Body.Descendants<BookmarkStart>().Single(b => b.Name == name);
    }

    /// <summary>The elements between a value's bookmark start and end (in one paragraph).</summary>
    public List<OpenXmlElement> Inside(string yamlPath, int part = 0)
    {
        var start = Start(yamlPath, part);
        var list = new List<OpenXmlElement>();
        for (var e = start.NextSibling(); e is not null && !(e is BookmarkEnd end && end.Id == start.Id); e = e.NextSibling()) list.Add(e);
        return list;
    }

    /// <summary>Replaces the text of a value with <paramref name="pieces"/>, each its own run (Word's split runs,
    /// with revision ids); a piece starting with '**' is bold.</summary>
    public void Replace(string yamlPath, params string[] pieces)
    {
        var inside = Inside(yamlPath);
        var anchor = inside.Count > 0 ? inside[0] : Start(yamlPath);
        var rsid = 0x00A1B2C3;
        foreach (var piece in pieces)
        {
            var bold = piece.StartsWith("**", StringComparison.Ordinal);
            var run = new Run(new Text(bold ? piece[2..] : piece) { Space = SpaceProcessingModeValues.Preserve })
            {
                RsidRunAddition = (rsid++).ToString("X8", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (bold) run.RunProperties = new RunProperties(new Bold());
            anchor.InsertBeforeSelf(run);
        }
        foreach (var e in inside) e.Remove();
    }

    /// <summary>Replaces the text of paragraph <paramref name="part"/> of a value (one bookmark per paragraph) with one run.</summary>
    public void Replace(string yamlPath, int part, string text)
    {
        var inside = Inside(yamlPath, part);
        var anchor = inside.Count > 0 ? inside[0] : Start(yamlPath, part);
        anchor.InsertBeforeSelf(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00B1C2D3" });
        foreach (var e in inside) e.Remove();
    }

    /// <summary>Splits every run of a value into one run per word, with revision ids and a spell-check mark, as Word
    /// does after a spell check: the text and formatting stay the same.</summary>
    public void SplitRuns(string yamlPath)
    {
        foreach (var run in Inside(yamlPath).OfType<Run>().ToList())
        {
            var text = run.GetFirstChild<Text>()?.Text ?? "";
            var words = System.Text.RegularExpressions.Regex.Split(text, @"(?<= )");
            foreach (var word in words.Where(w => w.Length > 0))
            {
                var piece = new Run(new Text(word) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00C0FFEE" };
                if (run.RunProperties is { } props) piece.RunProperties = (RunProperties)props.CloneNode(true);
                run.InsertBeforeSelf(piece);
                run.InsertBeforeSelf(new ProofError { Type = ProofingErrorValues.SpellStart });
                run.InsertBeforeSelf(new ProofError { Type = ProofingErrorValues.SpellEnd });
            }
            run.Remove();
        }
    }

    /// <summary>A tracked insertion at the end of the value and a tracked deletion of its first run.</summary>
    public void TrackedChange(string yamlPath, string inserted)
    {
        var inside = Inside(yamlPath);
        var first = inside.OfType<Run>().First();
        var last = inside.OfType<Run>().Last();
        var deleted = new DeletedRun { Author = "Dana Kim", Id = "901", Date = new DateTime(2026, 3, 17, 10, 0, 0, DateTimeKind.Utc) };
        var gone = (Run)first.CloneNode(true);
        foreach (var t in gone.Elements<Text>().ToList())
        {
            t.InsertBeforeSelf(new DeletedText(t.Text) { Space = SpaceProcessingModeValues.Preserve });
            t.Remove();
        }
        deleted.AppendChild(gone);
        first.InsertBeforeSelf(deleted);
        first.Remove();
        var ins = new InsertedRun(new Run(new Text(inserted) { Space = SpaceProcessingModeValues.Preserve }))
        {
            Author = "Dana Kim", Id = "902", Date = new DateTime(2026, 3, 17, 10, 1, 0, DateTimeKind.Utc),
        };
        ((OpenXmlElement)(last == first ? deleted : last)).InsertAfterSelf(ins);
    }

    /// <summary>A comment anchored to the whole value.</summary>
    public void Comment(string yamlPath, string author, string text)
    {
        var main = _package.MainDocumentPart!;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        var id = (part.Comments.Elements<Comment>().Count() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        part.Comments.AppendChild(new Comment(new Paragraph(new Run(new Text(text)))) { Id = id, Author = author, Initials = "DK", Date = new DateTime(2026, 3, 17, 9, 30, 0, DateTimeKind.Utc) });
        var start = Start(yamlPath);
        start.InsertAfterSelf(new CommentRangeStart { Id = id });
        var end = Inside(yamlPath).Last();
        end.InsertAfterSelf(new CommentRangeEnd { Id = id });
    }

    /// <summary>Removes a value's bookmark (what a careless cut and paste does).</summary>
    public void RemoveMark(string yamlPath)
    {
        var start = Start(yamlPath);
        Body.Descendants<BookmarkEnd>().Single(e => e.Id == start.Id).Remove();
        start.Remove();
    }

    /// <summary>Adds a row after the row holding <paramref name="yamlPath"/>, as Word does when the facilitator presses
    /// Tab in the last cell or inserts a row below: a copy of the row's formatting with new text and no marks.</summary>
    public void AddRowAfter(string yamlPath, params string[] cells)
    {
        var row = Start(yamlPath).Ancestors<TableRow>().First();
        var copy = (TableRow)row.CloneNode(true);
        foreach (var mark in copy.Descendants<BookmarkStart>().Cast<OpenXmlElement>().Concat(copy.Descendants<BookmarkEnd>()).ToList()) mark.Remove();
        var tableCells = copy.Elements<TableCell>().ToList();
        for (var i = 0; i < tableCells.Count; i++)
        {
            var paragraph = tableCells[i].Elements<Paragraph>().First();
            foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList()) child.Remove();
            if (i < cells.Length && cells[i].Length > 0) paragraph.AppendChild(new Run(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }
        row.InsertAfterSelf(copy);
    }

    /// <summary>Deletes the table row holding <paramref name="yamlPath"/>.</summary>
    public void DeleteRow(string yamlPath) => Start(yamlPath).Ancestors<TableRow>().First().Remove();

    /// <summary>Adds a bullet after the list paragraph holding <paramref name="yamlPath"/> (Enter at its end, then typing).</summary>
    public void AddBulletAfter(string yamlPath, string text)
    {
        var paragraph = Start(yamlPath).Ancestors<Paragraph>().First();
        var copy = new Paragraph((ParagraphProperties)paragraph.ParagraphProperties!.CloneNode(true),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.InsertAfterSelf(copy);
    }

    /// <summary>The body paragraph whose text is <paramref name="text"/>.</summary>
    public Paragraph ParagraphOf(string text) => Body.Descendants<Paragraph>().Single(p => p.InnerText == text);

    /// <summary>Types a new list paragraph after <paramref name="after"/> and indents it as Word does on Tab: the same
    /// list (numbering instance) at a level <paramref name="deeper"/> further in (<c>w:ilvl</c>), no bookmark.</summary>
    public void AddSubBullet(Paragraph after, string text, int deeper = 1)
    {
        var properties = (ParagraphProperties)after.ParagraphProperties!.CloneNode(true);
        var level = properties.NumberingProperties!.NumberingLevelReference!;
        level.Val = (level.Val?.Value ?? 0) + deeper;
        after.InsertAfterSelf(new Paragraph(properties, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { RsidParagraphAddition = "00D1E2F3" });
    }

    /// <summary>Restarts the numbered list of <paramref name="first"/> at <paramref name="start"/> as Word's "Set
    /// numbering value" does: a new numbering instance of the same definition with a start override, given to the
    /// paragraph and the ones after it that shared its instance.</summary>
    public void RestartNumbering(Paragraph first, int start)
    {
        var numbering = _package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var numPr = first.ParagraphProperties!.NumberingProperties!;
        var old = numPr.NumberingId!.Val!.Value;
        var level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
        var source = numbering.Elements<NumberingInstance>().Single(n => n.NumberID?.Value == old);
        var id = numbering.Elements<NumberingInstance>().Max(n => n.NumberID!.Value) + 1;
        numbering.AppendChild(new NumberingInstance(new AbstractNumId { Val = source.AbstractNumId!.Val!.Value },
            new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level }) { NumberID = id });
        foreach (var p in first.ElementsAfter().OfType<Paragraph>().Prepend(first))
            if (p.ParagraphProperties?.NumberingProperties?.NumberingId is { } numId && numId.Val?.Value == old) numId.Val = id;
    }

    /// <summary>Retypes cell <paramref name="column"/> of the row holding <paramref name="yamlPath"/>.</summary>
    public void SetCell(string yamlPath, int column, string text)
    {
        var cell = Start(yamlPath).Ancestors<TableRow>().First().Elements<TableCell>().ElementAt(column);
        SetParagraph(cell.Elements<Paragraph>().First(), text);
    }

    /// <summary>Retypes the value of the key figure labelled <paramref name="label"/>.</summary>
    public void SetKeyFigure(string label, string text)
    {
        var paragraphs = Body.Descendants<Paragraph>().ToList();
        var at = paragraphs.FindIndex(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "KeyFigureLabel" && p.InnerText == label);
        SetParagraph(paragraphs[at + 1], text);
    }

    private static void SetParagraph(Paragraph paragraph, string text)
    {
        foreach (var child in paragraph.ChildElements.Where(c => c is Run).ToList()) child.Remove();
        paragraph.AppendChild(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public void Dispose() => _package.Dispose();
}
