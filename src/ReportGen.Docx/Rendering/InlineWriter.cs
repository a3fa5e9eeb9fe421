using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;

namespace ReportGen.Docx.Rendering;

/// <summary>Turns inlines into runs and hyperlinks inside a paragraph, carrying bold/italic/code down the tree.</summary>
internal sealed class InlineWriter(DocxContext context)
{
    /// <summary>Appends the inlines to <paramref name="paragraph"/> in the given base format.</summary>
    public void Write(OpenXmlCompositeElement paragraph, IEnumerable<Inline> inlines, RunFormat format = default)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    AppendRun(paragraph, t.Text, format);
                    break;
                case CodeInline c:
                    AppendRun(paragraph, c.Code, format with { Code = true });
                    break;
                case StrongInline s:
                    Write(paragraph, s.Children, format with { Bold = true });
                    break;
                case EmphasisInline e:
                    Write(paragraph, e.Children, format with { Italic = true });
                    break;
                case LineBreakInline:
                    paragraph.AppendChild(new Run(new Break()) { RunProperties = format.ToProperties() });
                    break;
                case LinkInline l:
                    WriteLink(paragraph, l, format);
                    break;
            }
        }
    }

    /// <summary>One run of text: tabs become Word tabs, line feeds become spaces, bad characters are removed.</summary>
    public void AppendRun(OpenXmlCompositeElement parent, string text, RunFormat format)
    {
        text = context.Sanitizer.Clean(text);
        if (text.Length == 0)
            return;
        var run = new Run { RunProperties = format.ToProperties() };
        AppendText(run, text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
        parent.AppendChild(run);
    }

    /// <summary>Adds text and tab children to a run, keeping every space.</summary>
    public static void AppendText(Run run, string text)
    {
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                run.AppendChild(new TabChar());
            if (parts[i].Length > 0)
                run.AppendChild(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
    }

    private void WriteLink(OpenXmlCompositeElement paragraph, LinkInline link, RunFormat format)
    {
        if (format.Link)
        {
            Write(paragraph, link.Children, format); // a link inside a link: Word cannot nest them
            return;
        }
        var hyperlink = new Hyperlink { History = true };
        if (link.IsInternal)
        {
            var bookmark = context.Anchors.Find(link.Url[1..]);
            if (bookmark is null)
            {
                context.Warn(WriterMessages.MissingAnchor(link.Url));
                Write(paragraph, link.Children, format);
                return;
            }
            hyperlink.Anchor = bookmark;
        }
        else
        {
            var id = link.IsWellFormed ? context.ExternalLinkId(link.Url) : null;
            if (id is null)
            {
                context.Warn(WriterMessages.InvalidLinkAddress(link.Url));
                Write(paragraph, link.Children, format);
                return;
            }
            hyperlink.Id = id;
        }
        Write(hyperlink, link.Children, format with { Link = true });
        paragraph.AppendChild(hyperlink);
    }
}
