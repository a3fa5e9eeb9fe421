using ReportGen.Document;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The title block: the kicker (e.g. the incident id) small in the accent colour, the title, an optional
/// subtitle, the badges in their tones, and the theme's logo top-right; an accent rule underneath. Kept on one page.</summary>
internal static class TitleBlockBuilder
{
    private const float LogoHeight = 36, LogoMaxWidth = 120;

    /// <summary>The parts of the title block besides its title, as <see cref="StructureRole.Line"/> indexes.</summary>
    public const int KickerLine = 0, SubtitleLine = 1, BadgesLine = 2;

    private static StructureElement Part(Element element, TitleBlock owner, StructureRole role, int index) =>
        new(element, new StructureTag(role, owner, index));

    public static Element Build(TitleBlock title, RenderContext context)
    {
        var styles = context.Styles;
        var items = new List<ColumnItem>();
        if (!string.IsNullOrWhiteSpace(title.Kicker))
        {
            var kicker = context.Text(title.Kicker,
                styles.Small with { Role = FontRole.Bold, Color = styles.Colors.Accent }, styles.TightText);
            items.Add(new ColumnItem(Part(kicker, title, StructureRole.Line, KickerLine)));
        }
        var heading = context.Text(title.Title, styles.Title, new TextOptions { LineSpacing = 1.2f });
        items.Add(new ColumnItem(Part(heading, title, StructureRole.Title, -1), items.Count == 0 ? 0 : 4));
        if (title.Subtitle.Count > 0)
        {
            var subtitle = context.Text(title.Subtitle, styles.Heading(3) with { Role = FontRole.Regular, Color = styles.Colors.Muted }, styles.TightText);
            items.Add(new ColumnItem(Part(subtitle, title, StructureRole.Line, SubtitleLine), 4));
        }
        if (Badges(title.Badges, context) is { } badges)
            items.Add(new ColumnItem(Part(badges, title, StructureRole.Line, BadgesLine), 8));
        Element block = new ColumnElement(items);
        if (context.Document.Theme.Logo is { } logo && Logo(logo, context) is { } picture)
        {
            var width = Math.Min(LogoMaxWidth, LogoHeight * logo.PixelWidth / Math.Max(1, logo.PixelHeight));
            // The logo is the organisation's mark on every report, not content: an artifact in the tagged PDF.
            var mark = new StructureElement(picture(width), StructureTag.Artifact(ArtifactKind.Layout));
            block = new RowElement([new RowItem(block), new RowItem(mark, width)], gap: 16);
        }
        var rule = new LineElement(styles.Colors.Accent, 1.5f);
        return new KeepTogetherElement(new ColumnElement([new ColumnItem(block), new ColumnItem(rule, 12)]));
    }

    /// <summary>Makes the logo element for a width (an SVG logo stays vector), or null when it cannot be drawn.</summary>
    private static Func<float, Element>? Logo(ImageData logo, RenderContext context)
    {
        if (logo.Format != ImageFormat.Svg)
        {
            if (context.Images.Inspect(logo).Problem is not { } why)
                return width => new ImageElement(logo, width, LogoHeight);
            context.WarnDocument($"the theme's logo cannot be drawn ({why}); it was left out");
            return null;
        }
        if (Svg.SvgDrawing.Load(logo.Bytes, context.Fonts, out var problem) is not { } drawing)
        {
            context.WarnDocument($"the theme's SVG logo could not be read ({problem}); it was left out");
            return null;
        }
        return width => new Svg.SvgFigureElement(drawing, width, LogoHeight);
    }

    private static RowElement? Badges(IReadOnlyList<Badge> badges, RenderContext context)
    {
        if (badges.Count == 0)
            return null;
        var theme = context.Document.Theme;
        var items = new List<RowItem>(badges.Count + 1);
        foreach (var badge in badges)
        {
            var tone = theme.FindTone(badge.Tone) ?? new Tone(theme.Colors.TableHeader, theme.Colors.Text);
            var style = context.Styles.Small with { Role = FontRole.Bold, Color = tone.Text };
            var element = new BadgeElement(context.Text(badge.Text, style, context.Styles.TightText), tone.Fill, 7, 2.5f);
            items.Add(new RowItem(element, element.NaturalWidth));
        }
        items.Add(new RowItem(new SpacerElement(0)));
        return new RowElement(items, gap: 6);
    }
}
