using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Document;
using ReportGen.Docx.Styles;

namespace ReportGen.Docx.Rendering.Blocks;

/// <summary>The title block: the theme's logo on the right, the kicker (Title Kicker style), the title (Title), an
/// optional subtitle (Subtitle) and the badges as runs shaded in their tones on a paragraph whose accent rule
/// closes the block (Title Badges). Restyling those styles in Word restyles the block.</summary>
internal sealed class TitleBlockRenderer : BlockRenderer<TitleBlock>
{
    private const double LogoHeight = 36, LogoMaxWidth = 120; // points, as in the PDF

    /// <inheritdoc/>
    protected override void Write(DocxContext context, TitleBlock block)
    {
        if (context.Theme.Logo is { } logo && Logo(context, logo) is { } picture)
            context.Append(picture);
        if (!string.IsNullOrWhiteSpace(block.Kicker))
            Paragraph(context, StyleIds.TitleKicker, p => context.Inlines.AppendRun(p, block.Kicker, default));
        Paragraph(context, StyleIds.Title, p => context.WriteMarked(p, block.Title, block.TitleMarks), block.Title);
        if (block.Subtitle.Count > 0)
            Paragraph(context, StyleIds.Subtitle, p => context.Inlines.Write(p, block.Subtitle), block.Subtitle);
        Paragraph(context, StyleIds.TitleBadges, p => Badges(context, p, block.Badges));
    }

    private static void Paragraph(DocxContext context, string style, Action<Paragraph> fill, IReadOnlyList<Inline>? direction = null)
    {
        var paragraph = Paragraphs.Styled(style);
        fill(paragraph);
        if (direction is not null)
            BaseDirection.Apply(paragraph, direction);
        context.Append(paragraph);
    }

    /// <summary>Each badge as runs in its tone (<see cref="RunFormat.BadgeOf"/>); a plain space between badges.</summary>
    private static void Badges(DocxContext context, Paragraph paragraph, IReadOnlyList<Badge> badges)
    {
        var theme = context.Theme;
        for (var i = 0; i < badges.Count; i++)
        {
            if (i > 0)
                paragraph.AppendChild(new Run(new Text("  ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            var tone = theme.FindTone(badges[i].Tone) ?? new Tone(theme.Colors.TableHeader, theme.Colors.Text);
            var text = context.Sanitizer.Clean(badges[i].Text);
            var at = 0;
            // A marked label (the severity in "Severity: Critical") is a run of its own inside its value mark.
            foreach (var mark in badges[i].Marks.Where(m => m.End <= text.Length))
            {
                if (mark.Start < at) continue;
                if (mark.Start > at) paragraph.AppendChild(BadgeRun(tone, text[at..mark.Start]));
                var (start, end) = context.NewValueMark(mark.YamlPath);
                paragraph.Append(start, BadgeRun(tone, text[mark.Start..mark.End]), end);
                at = mark.End;
            }
            if (at < text.Length || at == 0) paragraph.AppendChild(BadgeRun(tone, text[at..]));
        }
    }

    private static Run BadgeRun(Tone tone, string text)
    {
        var run = new Run { RunProperties = RunFormat.BadgeOf(tone).ToProperties() };
        InlineWriter.AppendText(run, text);
        return run;
    }

    private static Paragraph? Logo(DocxContext context, ImageData logo)
    {
        var aspect = Math.Max(1, logo.PixelWidth) / (double)Math.Max(1, logo.PixelHeight);
        var width = Math.Min(LogoMaxWidth, LogoHeight * aspect);
        var height = width / aspect;
        Drawing drawing;
        if (logo.Format == ImageFormat.Svg)
        {
            if (SvgPicture.Create(context, logo, width, height, "Logo", "the theme's SVG logo") is not { } svg)
                return null;
            drawing = svg;
        }
        else
        {
            var (relId, drawingId) = context.AddImage(logo);
            drawing = InlineImage.Create(relId, drawingId, width, height, "Logo");
        }
        var paragraph = new Paragraph(new Run(drawing));
        paragraph.Properties().Justification = new Justification { Val = JustificationValues.Right };
        paragraph.Properties().SpacingBetweenLines = new SpacingBetweenLines { After = "0" };
        return paragraph;
    }
}
