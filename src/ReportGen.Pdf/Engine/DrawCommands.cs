using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>One recorded drawing operation; <see cref="Bounds"/> is the area it marks on the page.</summary>
internal abstract record DrawCommand
{
    public abstract Box Bounds { get; }
    public abstract void Replay(ICanvas canvas);
}

internal sealed record FillRectCommand(Box Box, RgbColor Color, float Radius) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.FillRect(Box, Color, Radius);
}

internal sealed record StrokeRectCommand(Box Box, RgbColor Color, float LineWidth, float Radius) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.StrokeRect(Box, Color, LineWidth, Radius);
}

internal sealed record LineCommand(float X1, float Y1, float X2, float Y2, RgbColor Color, float LineWidth) : DrawCommand
{
    public override Box Bounds => new(Math.Min(X1, X2), Math.Min(Y1, Y2), Math.Abs(X2 - X1), Math.Abs(Y2 - Y1));
    public override void Replay(ICanvas canvas) => canvas.Line(X1, Y1, X2, Y2, Color, LineWidth);
}

internal sealed record TextCommand(GlyphRun Run) : DrawCommand
{
    /// <summary>From the first glyph origin to the last glyph's advance, ascender to descender.</summary>
    public override Box Bounds
    {
        get
        {
            var run = Run;
            if (run.Glyphs.Length == 0)
                return default;
            var left = run.X.Min();
            var right = Math.Max(run.EndX, left);
            var top = run.Y.Min() - run.Face.Ascent * run.Size;
            var bottom = run.Y.Max() + run.Face.Descent * run.Size;
            return new Box(left, top, right - left, bottom - top);
        }
    }

    /// <summary>The text as extracted from the PDF would read.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Run.Utf8);

    public override void Replay(ICanvas canvas) => canvas.Text(Run);
}

internal sealed record ImageCommand(ImageData Image, Box Box) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.Image(Image, Box);
}

internal sealed record UrlLinkCommand(Box Box, string Url) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.LinkUrl(Box, Url);
}

internal sealed record DestinationLinkCommand(Box Box, string Name) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.LinkDestination(Box, Name);
}

internal sealed record DestinationCommand(string Name, float X, float Y) : DrawCommand
{
    public override Box Bounds => new(X, Y, 0, 0);
    public override void Replay(ICanvas canvas) => canvas.Destination(Name, X, Y);
}

internal sealed record BookmarkCommand(string Title, int Level, float Y) : DrawCommand
{
    public override Box Bounds => new(0, Y, 0, 0);
    public override void Replay(ICanvas canvas) => canvas.Bookmark(Title, Level, Y);
}

/// <summary>Where a signature field goes: the box of the signature cell as it was drawn, so the field's widget covers
/// exactly that cell.</summary>
internal sealed record SignatureFieldCommand(Box Box, string Name, string Description) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.SignatureField(Box, Name, Description);
}

/// <summary>Starts content belonging to <see cref="Tag"/>; draws nothing.</summary>
internal sealed record StructureBeginCommand(StructureTag Tag, Box Box) : DrawCommand
{
    public override Box Bounds => Box;
    public override void Replay(ICanvas canvas) => canvas.BeginStructure(Tag, Box);
}

/// <summary>Ends the innermost <see cref="StructureBeginCommand"/>; draws nothing.</summary>
internal sealed record StructureEndCommand : DrawCommand
{
    /// <summary>The one instance: it holds nothing (hundreds are recorded per report).</summary>
    public static StructureEndCommand Instance { get; } = new();

    public override Box Bounds => default;
    public override void Replay(ICanvas canvas) => canvas.EndStructure();
}
