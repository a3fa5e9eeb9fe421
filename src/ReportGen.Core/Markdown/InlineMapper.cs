using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ReportGen.Document;
using MdInline = Markdig.Syntax.Inlines.Inline;
using DocInline = ReportGen.Document.Inline;
using DocCode = ReportGen.Document.CodeInline;
using DocEmphasis = ReportGen.Document.EmphasisInline;
using DocLink = ReportGen.Document.LinkInline;
using DocLineBreak = ReportGen.Document.LineBreakInline;

namespace ReportGen.Core.Markdown;

/// <summary>Maps Markdig inlines to the Document model's inlines. Attributes met on the way (<c>{.tone-x}</c>,
/// <c>{#id}</c>) are reported to the caller, which decides what they belong to (a table cell, a row). A link whose
/// target <paramref name="links"/> does not allow becomes its text and its target in brackets, not clickable.</summary>
internal sealed class InlineMapper(MarkdownProblems problems, LinkPolicy? links = null)
{
    private readonly LinkPolicy _links = links ?? LinkPolicy.Default;

    /// <summary>Tone named by a <c>{.tone-NAME}</c> class in the last mapped inlines, if any.</summary>
    public string? LastTone { get; private set; }

    /// <summary>Id named by a <c>{#id}</c> attribute in the last mapped inlines, if any.</summary>
    public string? LastId { get; private set; }

    /// <summary>Collects the incident values the mapped text shows (paragraphs, headings, cells, the title), set by the
    /// caller around the calls to <see cref="Map"/> whose text it wants; null: nobody asks.</summary>
    public ValueRuns? Values { get; set; }

    /// <summary>Tells <see cref="Values"/> about <paramref name="length"/> characters of plain text all taken from
    /// <paramref name="source"/>.</summary>
    private void Shown(MdInline source, int length) => Values?.Inline(source, length);

    /// <summary>Maps the children of a container. <paramref name="inTableCell"/> removes the backslash of <c>\|</c>
    /// inside code spans, as GitHub does.</summary>
    public IReadOnlyList<DocInline> Map(ContainerInline? container, bool inTableCell = false)
    {
        LastTone = null;
        LastId = null;
        var result = new List<DocInline>();
        if (container is not null) Append(container, result, inTableCell);
        return Merge(result);
    }

    private void Append(ContainerInline container, List<DocInline> into, bool inCell)
    {
        foreach (var inline in container)
        {
            NoteAttributes(inline);
            switch (inline)
            {
                case LiteralInline literal:
                    if (literal.Content.Length == 0) break;
                    var text = literal.Content.ToString();
                    into.Add(new TextInline(text));
                    Values?.Literal(literal, text);
                    break;
                case HtmlEntityInline entity:
                    into.Add(new TextInline(entity.Transcoded.ToString()));
                    Shown(entity, entity.Transcoded.Length);
                    break;
                case Markdig.Syntax.Inlines.CodeInline code:
                    var codeText = inCell ? code.Content.Replace("\\|", "|", StringComparison.Ordinal) : code.Content;
                    into.Add(new DocCode(codeText));
                    Shown(code, codeText.Length);
                    break;
                case Markdig.Syntax.Inlines.LineBreakInline lb:
                    into.Add(lb.IsHard ? new DocLineBreak() : new TextInline(" "));
                    Shown(lb, 1);
                    break;
                case AutolinkInline auto:
                    var url = auto.IsEmail ? "mailto:" + auto.Url : auto.Url;
                    var shown = _links.Allows(url) ? auto.Url : LinkPolicy.Printable(auto.Url);
                    into.Add(_links.Allows(url) ? new DocLink(url, [new TextInline(shown)]) : new TextInline(shown));
                    Shown(auto, shown.Length);
                    break;
                case Markdig.Syntax.Inlines.LinkInline { IsImage: true } image:
                    problems.Error(image.Line, image.Column, "an image must stand alone in its paragraph (it becomes a figure)");
                    break;
                case Markdig.Syntax.Inlines.LinkInline link:
                    AddLink(link.Url ?? "", Children(link, inCell), into);
                    break;
                case CustomContainerInline cci:
                    problems.Error(cci.Line, cci.Column, "unsupported Markdown: '::' inline container");
                    break;
                case Markdig.Syntax.Inlines.EmphasisInline em when em.DelimiterChar is '*' or '_':
                    var children = Children(em, inCell);
                    into.Add(em.DelimiterCount >= 2 ? new StrongInline(children) : new DocEmphasis(children));
                    break;
                case DelimiterInline unmatched:
                    // A bracket or emphasis mark that opened nothing: Markdig keeps it as a delimiter; it is plain text.
                    var literalText = unmatched.ToLiteral();
                    into.Add(new TextInline(literalText));
                    Shown(unmatched, literalText.Length);
                    Append(unmatched, into, inCell);
                    break;
                case HtmlInline html:
                    problems.Error(html.Line, html.Column, $"unsupported Markdown: raw HTML '{html.Tag}'");
                    break;
                case ContainerInline plain when plain.GetType() == typeof(ContainerInline):
                    Append(plain, into, inCell);
                    break;
                default:
                    problems.Error(inline.Line, inline.Column, $"unsupported Markdown inline: {inline.GetType().Name}");
                    break;
            }
        }
    }

    /// <summary>A link, or (when its target is not allowed) its text followed by the target in brackets.</summary>
    private void AddLink(string target, List<DocInline> children, List<DocInline> into)
    {
        if (_links.Allows(target)) { into.Add(new DocLink(target, children)); return; }
        into.AddRange(children);
        var printable = LinkPolicy.Printable(target);
        if (Inlines.PlainText(children) == printable) return;
        into.Add(new TextInline($" ({printable})"));
        Values?.Skip(printable.Length + 3);
    }

    private List<DocInline> Children(ContainerInline container, bool inCell)
    {
        var list = new List<DocInline>();
        Append(container, list, inCell);
        return Merge(list);
    }

    private void NoteAttributes(MdInline inline)
    {
        var attributes = inline.TryGetAttributes();
        if (attributes is null) return;
        if (!string.IsNullOrEmpty(attributes.Id)) LastId = attributes.Id;
        foreach (var cls in attributes.Classes ?? [])
            if (cls.StartsWith("tone-", StringComparison.Ordinal) && cls.Length > 5)
                LastTone = cls[5..];
    }

    /// <summary>Joins neighbouring text runs so writers see whole words (and drops empty ones).</summary>
    private static List<DocInline> Merge(List<DocInline> inlines)
    {
        if (!NeedsMerge(inlines)) return inlines; // the usual case: one run of text, nothing to join
        var merged = new List<DocInline>(inlines.Count);
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is TextInline t) { text.Append(t.Text); continue; }
            if (text.Length > 0) { merged.Add(new TextInline(text.ToString())); text.Clear(); }
            merged.Add(inline);
        }
        if (text.Length > 0) merged.Add(new TextInline(text.ToString()));
        return merged;
    }

    private static bool NeedsMerge(List<DocInline> inlines)
    {
        for (var i = 0; i < inlines.Count; i++)
            if (inlines[i] is TextInline t && (t.Text.Length == 0 || (i > 0 && inlines[i - 1] is TextInline)))
                return true;
        return false;
    }
}
