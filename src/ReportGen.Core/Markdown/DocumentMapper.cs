using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Documents;
using DocBlock = ReportGen.Documents.Block;
using DocHeading = ReportGen.Documents.HeadingBlock;
using DocParagraph = ReportGen.Documents.ParagraphBlock;
using DocList = ReportGen.Documents.ListBlock;
using DocCode = ReportGen.Documents.CodeBlock;

namespace ReportGen.Core.Markdown;

/// <summary>What the mapper made of one Markdown document.</summary>
internal sealed record MappedDocument(IReadOnlyList<DocBlock> Blocks, string? FrontMatter, int FrontMatterLine, int TableOfContentsAfterBlock);

/// <summary>Maps a Markdig AST to the Document model: the one place that knows both. Every construct is either
/// mapped or reported as an error at its Markdown line, never dropped. One instance per document.</summary>
internal sealed class DocumentMapper
{
    private readonly MarkdownProblems _problems;
    private readonly InlineMapper _inlines;
    private readonly Func<string, ImageData?> _figureImage;
    private readonly SpecialContainers _special;
    private readonly AnchorRegistry _anchors = new();
    private string? _frontMatter;
    private int _frontMatterLine;
    private int _toc = -1;

    /// <param name="problems">Where errors go.</param>
    /// <param name="figureImage">The image for a figure path as the layout wrote it; null when it is not one of the
    /// incident's figures.</param>
    /// <param name="links">Which link targets stay clickable (default: http, https, mailto and anchors).</param>
    public DocumentMapper(MarkdownProblems problems, Func<string, ImageData?> figureImage, LinkPolicy? links = null)
    {
        _problems = problems;
        _inlines = new InlineMapper(problems, links);
        _figureImage = figureImage;
        _special = new SpecialContainers(problems, _inlines);
    }

    public MappedDocument Map(MarkdownDocument document)
    {
        var blocks = new List<DocBlock>();
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock fm && blocks.Count == 0 && _frontMatter is null)
            {
                _frontMatter = string.Join("\n", fm.Lines.Lines.Take(fm.Lines.Count).Select(l => l.ToString()));
                _frontMatterLine = _problems.SourceLine(fm.Line);
                continue;
            }
            if (block is CustomContainer { Info: "toc" } toc)
            {
                if (toc.Count > 0) _problems.Error(toc.Line, toc.Column, "the ::: toc container must be empty");
                _toc = blocks.Count - 1;
                continue;
            }
            MapInto(block, blocks);
        }
        _anchors.CheckLinks(blocks, _problems);
        return new MappedDocument(blocks, _frontMatter, _frontMatterLine, _toc);
    }

    private List<DocBlock> MapAll(ContainerBlock container)
    {
        var list = new List<DocBlock>();
        foreach (var block in container) MapInto(block, list);
        return list;
    }

    private void MapInto(Markdig.Syntax.Block block, List<DocBlock> into)
    {
        DocBlock? mapped = block switch
        {
            Markdig.Syntax.HeadingBlock h => Heading(h),
            Markdig.Syntax.ParagraphBlock p => Paragraph(p),
            Markdig.Syntax.ListBlock l => new DocList(l.IsOrdered, l.IsOrdered && int.TryParse(l.OrderedStart, out var s) ? s : 1,
                l.OfType<ListItemBlock>().Select(item => new ListItem(MapAll(item))).ToList()),
            Table t => TableMapper.Map(t, _inlines, _problems, _anchors),
            YamlFrontMatterBlock fm => Unsupported(fm, "front matter is allowed only at the very start of the Markdown"),
            FencedCodeBlock f => new DocCode(f.Lines.ToString(), string.IsNullOrEmpty(f.Info) ? null : f.Info),
            Markdig.Syntax.CodeBlock c => new DocCode(c.Lines.ToString()),
            CustomContainer cc => Container(cc),
            QuoteBlock q => new CalloutBlock("quote", null, MapAll(q)),
            ThematicBreakBlock => new RuleBlock(),
            LinkReferenceDefinitionGroup or BlankLineBlock => null,
            HtmlBlock html => Unsupported(html, "unsupported Markdown: raw HTML block"),
            _ => Unsupported(block, $"unsupported Markdown block: {block.GetType().Name}"),
        };
        if (mapped is null) return;
        var classes = block.TryGetAttributes()?.Classes;
        into.Add(mapped with
        {
            SourceLine = _problems.SourceLine(block.Line),
            Classes = mapped.Classes.Count > 0 ? mapped.Classes : classes is { Count: > 0 } ? classes.ToList() : [],
        });
    }

    private DocBlock? Unsupported(Markdig.Syntax.Block block, string message)
    {
        _problems.Error(block.Line, block.Column, message);
        return null;
    }

    private DocHeading Heading(Markdig.Syntax.HeadingBlock h)
    {
        var inlines = TrimEnd(_inlines.Map(h.Inline));
        var id = h.TryGetAttributes()?.Id;
        var anchor = _anchors.Claim(string.IsNullOrEmpty(id) ? MarkdownEscaper.Slug(Inlines.PlainText(inlines)) : id);
        return new DocHeading(Math.Clamp(h.Level, 1, 3), inlines, anchor);
    }

    /// <summary>Drops the space Markdig leaves before a trailing <c>{.class}</c> on a heading.</summary>
    private static IReadOnlyList<Documents.Inline> TrimEnd(IReadOnlyList<Documents.Inline> inlines)
    {
        if (inlines is not [.., TextInline last]) return inlines;
        var trimmed = last.Text.TrimEnd();
        var list = inlines.Take(inlines.Count - 1).ToList();
        if (trimmed.Length > 0) list.Add(new TextInline(trimmed));
        return list;
    }

    private DocBlock? Paragraph(Markdig.Syntax.ParagraphBlock p)
    {
        var content = p.Inline?.Where(i => !(i is Markdig.Syntax.Inlines.LiteralInline lit && lit.Content.IsEmptyOrWhitespace())).ToList() ?? [];
        if (content is [Markdig.Syntax.Inlines.LinkInline { IsImage: true } image])
            return Figure(image);
        return new DocParagraph(_inlines.Map(p.Inline));
    }

    private FigureBlock? Figure(Markdig.Syntax.Inlines.LinkInline image)
    {
        var source = image.Url ?? "";
        var alt = Inlines.PlainText(_inlines.Map(image));
        var caption = string.IsNullOrEmpty(image.Title) ? alt : image.Title;
        if (source.StartsWith("figure:", StringComparison.Ordinal))
        {
            if (source == "figure:timeline") return new FigureBlock(source, caption, alt, null);
            _problems.Error(image.Line, image.Column, $"unknown generated figure '{source}' (the only one is figure:timeline)");
            return null;
        }
        var data = _figureImage(source);
        if (data is null)
        {
            _problems.Error(image.Line, image.Column, $"image '{source}' is not one of the incident's figures (impact.figures), or it cannot be read");
            return null;
        }
        return new FigureBlock(source, caption, alt, data);
    }

    private DocBlock? Container(CustomContainer cc)
    {
        var kind = (cc.Info ?? "").Trim();
        var title = string.IsNullOrWhiteSpace(cc.Arguments) ? null : cc.Arguments.Trim();
        switch (kind)
        {
            case "key-figures": return _special.KeyFigures(cc);
            case "signoff": return _special.SignOff(cc);
            case "page-break":
                if (cc.Count > 0) _problems.Error(cc.Line, cc.Column, "the ::: page-break container must be empty");
                return new PageBreakBlock();
            case "":
                _problems.Error(cc.Line, cc.Column, "a ::: container needs a kind (note, warning, summary…)");
                return null;
            default:
                return new CalloutBlock(kind, title, MapAll(cc));
        }
    }
}
