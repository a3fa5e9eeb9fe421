using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using ReportGen.Documents;

namespace ReportGen.Core.Markdown;

/// <summary>The <c>:::</c> containers that become dedicated blocks: <c>key-figures</c> (a list of
/// <c>Label: value</c> items) and <c>signoff</c> (a table with Name, Role and Date columns, and optionally Field: the
/// name of the signer's signature field).</summary>
internal sealed class SpecialContainers(MarkdownProblems problems, InlineMapper inlines)
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
            problems.Error(cc.Line, cc.Column, "::: signoff must hold exactly one table with Name, Role and Date columns");
            return null;
        }
        var names = header.OfType<Markdig.Extensions.Tables.TableCell>().Select(Text).Select(s => s.Trim().ToLowerInvariant()).ToList();
        int name = names.IndexOf("name"), role = names.IndexOf("role"), date = names.IndexOf("date"), field = names.IndexOf("field");
        if (name < 0 || role < 0)
        {
            problems.Error(table.Line, table.Column, "the sign-off table needs Name and Role columns (Date is optional)");
            return null;
        }
        var entries = new List<SignOffEntry>();
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>().Skip(1))
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().Select(Text).ToList();
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";
            var when = Cell(date);
            var fieldName = Cell(field);
            entries.Add(new SignOffEntry(Cell(name), Cell(role), when.Length == 0 ? null : when)
            {
                SignatureField = fieldName.Length == 0 ? null : fieldName,
            });
        }
        return new SignOffBlock(entries);
    }

    private string Text(Markdig.Extensions.Tables.TableCell cell) => string.Concat(
        cell.OfType<Markdig.Syntax.ParagraphBlock>().Select(p => Inlines.PlainText(inlines.Map(p.Inline, inTableCell: true))));
}
