using ReportGen.Documents;
using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Composition.Blocks;

/// <summary>The first thing on page one: the incident id as a kicker, the title, and badges for the severity (in the
/// theme's severity colour) and the status, over an accent rule.</summary>
internal static class TitleBlockBuilder
{
    private static readonly string[] Statuses = ["draft", "review", "final"];

    public static Element Build(RenderContext context)
    {
        var settings = context.Document.Settings;
        var styles = context.Styles;
        var items = new List<ColumnItem>();
        if (!string.IsNullOrWhiteSpace(settings.HeaderLeft))
        {
            var kicker = context.Text(settings.HeaderLeft,
                styles.Small with { Role = FontRole.Bold, Color = styles.Colors.Accent }, styles.TightText);
            items.Add(new ColumnItem(kicker));
        }
        items.Add(new ColumnItem(context.Text(settings.Title, styles.Title, new TextOptions { LineSpacing = 1.2f }),
            items.Count == 0 ? 0 : 4));
        if (Badges(context) is { } badges)
            items.Add(new ColumnItem(badges, 8));
        Element block = new ColumnElement(items);
        if (context.Document.Theme.Logo is { } logo && Logo(logo, context) is { } picture)
        {
            // The logo sits top-right, at most 36 pt tall and 120 pt wide, beside the kicker and title.
            var width = Math.Min(120f, 36f * logo.PixelWidth / Math.Max(1, logo.PixelHeight));
            block = new RowElement([new RowItem(block), new RowItem(picture(width), width)], gap: 16);
        }
        var rule = new LineElement(styles.Colors.Accent, 1.5f);
        return new KeepTogetherElement(new ColumnElement([new ColumnItem(block), new ColumnItem(rule, 12)]));
    }

    /// <summary>Makes the logo element for a width (an SVG logo stays vector), or null when it cannot be drawn.</summary>
    private static Func<float, Element>? Logo(ImageData logo, RenderContext context)
    {
        if (logo.Format != ImageFormat.Svg)
        {
            if (ImageProbe.Problem(logo, context) is not { } why)
                return width => new ImageElement(logo, width, 36);
            context.Warnings.Add($"the theme's logo cannot be drawn ({why}); it was left out");
            return null;
        }
        if (Svg.SvgDrawing.Load(logo.Bytes, context.Fonts, out var problem) is not { } drawing)
        {
            context.Warnings.Add($"the theme's SVG logo could not be read ({problem}); it was left out");
            return null;
        }
        return width => new Svg.SvgFigureElement(drawing, width, 36);
    }

    private static RowElement? Badges(RenderContext context)
    {
        var theme = context.Document.Theme;
        var badges = new List<RowItem>();
        foreach (var keyword in context.Document.Settings.Keywords)
        {
            var key = keyword.Trim().ToLowerInvariant();
            if (theme.FindTone("severity-" + key) is { } tone)
                badges.Add(Badge($"SEVERITY: {key.ToUpperInvariant()}", tone.Fill, tone.Text, context));
            else if (Statuses.Contains(key))
                badges.Add(Badge(key.ToUpperInvariant(), theme.Colors.TableHeader, theme.Colors.Text, context));
        }
        if (badges.Count == 0)
            return null;
        badges.Add(new RowItem(new SpacerElement(0)));
        return new RowElement(badges, gap: 6);
    }

    private static RowItem Badge(string text, RgbColor fill, RgbColor textColor, RenderContext context)
    {
        var style = context.Styles.Small with { Role = FontRole.Bold, Color = textColor };
        var badge = new BadgeElement(context.Text(text, style, context.Styles.TightText), fill, 7, 2.5f);
        return new RowItem(badge, badge.NaturalWidth);
    }
}
