using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using ReportGen.Document;

namespace ReportGen.Core.Markdown;

/// <summary>The <c>:::</c> containers that become dedicated blocks: <c>key-figures</c> (a list of
/// <c>Label: value</c> items) and <c>signoff</c> (a table whose columns are Name, Role, Signature and Date, under the
/// labels the layout wrote; a Signature cell names the signer's signature field, e.g. <c>signoff.approvals[0]</c>, and
/// an empty one leaves room to sign on paper). The title container is <see cref="TitleContainer"/>.</summary>
internal sealed class SpecialContainers(MarkdownProblems problems, InlineMapper inlines, ValueRuns? values = null)
{
    public KeyFiguresBlock? KeyFigures(CustomContainer cc)
    {
        if (cc is not [Markdig.Syntax.ListBlock list])
        {
            problems.Error(cc.Line, cc.Column, "::: key-figures must hold exactly one list of 'Label: value' items");
            return null;
        }
        var figures = new List<KeyFigure>();
        foreach (var item in list.OfType<Markdig.Syntax.ListItemBlock>())
        {
            var para = item.OfType<Markdig.Syntax.ParagraphBlock>().FirstOrDefault();
            var text = para is null ? "" : Inlines.PlainText(inlines.Map(para.Inline));
            var tone = inlines.LastTone;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (item.Count != 1 || colon <= 0)
            {
                problems.Error(item.Line, item.Column, "a key figure must be one 'Label: value' line");
                continue;
            }
            figures.Add(new KeyFigure(text[..colon].Trim(), text[(colon + 1)..].Trim(), tone));
        }
        return new KeyFiguresBlock(figures);
    }

    public SignOffBlock? SignOff(CustomContainer cc)
    {
        if (cc is not [Table table] || table.Count == 0 || table[0] is not Markdig.Extensions.Tables.TableRow { IsHeader: true } header)
        {
            problems.Error(cc.Line, cc.Column, "::: signoff must hold exactly one table with Name, Role, Signature and Date columns " +
                "(Decision and Comment are optional)");
            return null;
        }
        var columns = new List<SignOffColumn>();
        foreach (var label in header.OfType<Markdig.Extensions.Tables.TableCell>().Select(Text).Select(s => s.Trim()))
        {
            if (Enum.TryParse<SignOffField>(label, ignoreCase: true, out var field) && Enum.IsDefined(field)
                && !label.Any(char.IsDigit) && columns.All(c => c.Field != field))
                columns.Add(new SignOffColumn(field, label));
            else
                problems.Error(table.Line, table.Column, $"'{label}' is not a sign-off column, or it is there twice " +
                    "(the columns are Name, Role, Decision, Signature, Date and Comment; Name and Role are required)");
        }
        if (columns.All(c => c.Field != SignOffField.Name) || columns.All(c => c.Field != SignOffField.Role))
        {
            problems.Error(table.Line, table.Column, "the sign-off table needs Name and Role columns (Signature and Date are optional)");
            return null;
        }
        var entries = new List<SignOffEntry>();
        var shown = new HashSet<string>(StringComparer.Ordinal); // a value shown again (signoff.date on each row) is marked once
        string? Once(string? path) => path is not null && shown.Add(path) ? path : null;
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>().Skip(1))
        {
            var cells = new List<Markdig.Extensions.Tables.TableCell>(row.Count);
            foreach (var child in row)
                if (child is Markdig.Extensions.Tables.TableCell tableCell) cells.Add(tableCell);
            Markdig.Extensions.Tables.TableCell? Source(SignOffField field)
            {
                for (var i = 0; i < columns.Count && i < cells.Count; i++)
                    if (columns[i].Field == field) return cells[i];
                return null; // no such column, or the row is short of it
            }
            string Cell(SignOffField field) => Source(field) is { } cell ? Text(cell).Trim() : "";
            var when = Cell(SignOffField.Date);
            var field = Cell(SignOffField.Signature); // the name of the signer's signature field; empty: sign on paper
            var decision = Cell(SignOffField.Decision);
            var tone = decision.Length > 0 ? inlines.LastTone : null; // Text() just mapped the Decision cell
            var (comment, commentMarks) = Source(SignOffField.Comment) is { } commentCell ? Rich(commentCell) : ([], []);
            entries.Add(new SignOffEntry(Cell(SignOffField.Name), Cell(SignOffField.Role), when.Length == 0 ? null : when)
            {
                NameValue = Once(WholeValue(Source(SignOffField.Name))),
                RoleValue = Once(WholeValue(Source(SignOffField.Role))),
                DateValue = Once(WholeValue(Source(SignOffField.Date), reads: true)),
                DecisionValue = Once(WholeValue(Source(SignOffField.Decision), labels: true)),
                SignatureField = field.Length == 0 ? null : field,
                Decision = decision.Length == 0 ? null : decision,
                DecisionTone = tone,
                Comment = comment,
                CommentMarks = commentMarks,
            });
        }
        return new SignOffBlock(entries) { Columns = columns };
    }

    /// <summary>The incident value a cell shows whole (its spaces aside), or null; with <paramref name="labels"/>, the
    /// enum whose label the cell shows (a decision: <c>signoff.approvals[0].decision</c>); with <paramref name="reads"/>,
    /// the key the cell's write read (a date <c>format.date</c> printed).</summary>
    private string? WholeValue(Markdig.Extensions.Tables.TableCell? cell, bool labels = false, bool reads = false)
    {
        if (values is null || cell is null) return null;
        values.Reset();
        values.Labels = labels;
        values.Reads = reads;
        inlines.Values = values;
        string text;
        IReadOnlyList<ValueMark> marks;
        string? whole;
        try
        {
            text = Text(cell);
            (marks, whole) = values.Take(text.Length); // before the modes are reset: they decide what a run is known as
        }
        finally { inlines.Values = null; values.Labels = false; values.Reads = false; }
        if (whole is not null) return whole;
        return marks is [var only] && text[only.Start..only.End].Trim() == text.Trim() ? only.YamlPath : null;
    }

    /// <summary>A cell's inlines as they render (a comment keeps its emphasis and links), and the values they show.</summary>
    private (IReadOnlyList<Inline> Inlines, IReadOnlyList<ValueMark> Marks) Rich(Markdig.Extensions.Tables.TableCell cell)
    {
        values?.Reset();
        inlines.Values = values;
        List<Inline> content;
        try { content = cell.OfType<Markdig.Syntax.ParagraphBlock>().SelectMany(p => inlines.Map(p.Inline, inTableCell: true)).ToList(); }
        finally { inlines.Values = null; }
        return (content, values is null ? [] : TableMapper.Marks(values, content));
    }

    /// <summary>A cell's plain text: its paragraphs' texts joined (a plain loop: it runs several times per sign-off row).</summary>
    private string Text(Markdig.Extensions.Tables.TableCell cell)
    {
        string? text = null;
        foreach (var block in cell)
        {
            if (block is not Markdig.Syntax.ParagraphBlock p) continue;
            var part = Inlines.PlainText(inlines.Map(p.Inline, inTableCell: true));
            text = text is null ? part : text + part;
        }
        return text ?? "";
    }
}
