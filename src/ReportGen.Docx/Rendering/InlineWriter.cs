using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;

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

    /// <summary>Text as runs: tabs become Word tabs, line feeds become spaces, bad characters are removed, and each
    /// piece in a script with its own font (CJK, Arabic, emoji, ...) is a run naming that font.</summary>
    public void AppendRun(OpenXmlCompositeElement parent, string text, RunFormat format)
    {
        text = context.Sanitizer.Clean(text);
        if (text.Length == 0)
            return;
        AppendScriptRuns(parent, text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '),
            format, context.Document.Settings.Language);
    }

    /// <summary>Appends <paramref name="text"/> (already clean) as one run per script (<see cref="ScriptFonts.Runs"/>)
    /// in <paramref name="format"/>, so a run the PDF draws in Noto Sans JP names Noto Sans JP here.</summary>
    public static void AppendScriptRuns(OpenXmlCompositeElement parent, string text, RunFormat format, string? language)
    {
        // Most text has no character in a script with its own font: one run, as before.
        if (!ScriptFonts.HasFallbackScript(text, language))
        {
            var run = new Run { RunProperties = format.ToProperties() };
            AppendText(run, text);
            parent.AppendChild(run);
            return;
        }
        foreach (var (start, length, script) in ScriptFonts.Runs(text, language))
        {
            var run = new Run { RunProperties = (format with { Script = script }).ToProperties() };
            AppendText(run, text.Substring(start, length));
            parent.AppendChild(run);
        }
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
