using ReportGen.Pdf.Engine;
using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Svg;

/// <summary>An SVG file read and drawn once into a recording, in CSS pixels from (0, 0) to (<see cref="Width"/>,
/// <see cref="Height"/>); <see cref="Draw"/> replays it scaled into any box. Immutable once loaded, so one drawing
/// may be replayed onto several canvases.</summary>
internal sealed class SvgDrawing
{
    private const float DefaultWidth = 300, DefaultHeight = 150; // what browsers give an SVG that states no size
    private const float MaxSide = 100_000;

    private SvgDrawing(float width, float height, IReadOnlyList<DrawCommand> commands, IReadOnlyList<string> warnings)
    {
        Width = width;
        Height = height;
        Commands = commands;
        Warnings = warnings;
    }

    public float Width { get; }
    public float Height { get; }
    public IReadOnlyList<DrawCommand> Commands { get; }
    /// <summary>What was left out, in plain words (empty when everything was drawn).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Reads and draws <paramref name="bytes"/>; on failure returns null and says why in
    /// <paramref name="problem"/>. Never throws for bad input.</summary>
    public static SvgDrawing? Load(byte[] bytes, FontLibrary fonts, out string? problem)
    {
        problem = null;
        try
        {
            var (root, css) = SvgReader.Read(bytes);
            var sheet = SvgStyleSheet.Parse(css);
            var ids = SvgCascade.Apply(root, sheet);
            var (width, height) = IntrinsicSize(root);
            var warnings = new SvgWarnings();
            if (sheet.Exhausted)
                warnings.Unsupported("part of its <style> rules (too many to match)");
            var recording = new RecordingCanvas();
            new SvgDrawer(ids, fonts, warnings).DrawRoot(recording, root, width, height);
            var messages = new List<string>();
            if (warnings.Skipped.Count > 0)
                messages.Add("not drawn: " + string.Join(", ", warnings.Skipped));
            if (warnings.Truncated is { } truncated)
                messages.Add(truncated);
            return new SvgDrawing(width, height, recording.Commands, messages);
        }
        catch (SvgFormatException ex)
        {
            problem = ex.Message;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or InvalidOperationException
                                       or IndexOutOfRangeException or NullReferenceException or InsufficientExecutionStackException)
        {
            // A figure is not worth failing a report for: whatever the file does to the drawer, the reader gets a
            // placeholder and the warning names the kind of failure for a bug report.
            problem = $"drawing it failed ({ex.GetType().Name}: {ex.Message})";
        }
        return null;
    }

    /// <summary>Draws the picture scaled to fill <paramref name="box"/> (callers keep the aspect ratio).</summary>
    public void Draw(ICanvas canvas, Box box)
    {
        canvas.Save();
        canvas.Concat(AffineTransform.Scale(box.Width / Width, box.Height / Height).Then(AffineTransform.Translate(box.X, box.Y)));
        foreach (var command in Commands)
            command.Replay(canvas);
        canvas.Restore();
    }

    /// <summary>The root's width and height in CSS pixels: as stated, else the viewBox's, else 300 × 150; a
    /// percentage or a missing side takes the viewBox's aspect ratio.</summary>
    private static (float Width, float Height) IntrinsicSize(SvgNode root)
    {
        var viewBox = SvgValues.Numbers(root.Attribute("viewBox"));
        var hasViewBox = viewBox.Count == 4 && viewBox[2] > 0 && viewBox[3] > 0;
        float? Side(string name) => root.Attribute(name) is { } t && !t.Trim().EndsWith('%') ? SvgValues.Length(t) : null;
        var width = Side("width");
        var height = Side("height");
        if (hasViewBox)
        {
            var aspect = viewBox[3] / viewBox[2];
            width ??= height / aspect ?? viewBox[2];
            height ??= width * aspect;
        }
        var w = Math.Clamp(width ?? DefaultWidth, 0, MaxSide);
        var h = Math.Clamp(height ?? DefaultHeight, 0, MaxSide);
        if (w <= 0 || h <= 0)
            throw new SvgFormatException("it has no size (width or height is zero)");
        return (w, h);
    }
}
