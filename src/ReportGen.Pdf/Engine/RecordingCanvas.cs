using ReportGen.Documents;

namespace ReportGen.Pdf.Engine;

/// <summary>Records what is drawn on one page, in order. Pagination draws into recorders; the recordings are then
/// replayed onto Skia (PDF or PNG) once the page count is known and the used glyphs are collected. Tests read
/// <see cref="Commands"/> to check geometry.</summary>
internal sealed class RecordingCanvas : ICanvas
{
    private readonly List<DrawCommand> _commands = [];

    public IReadOnlyList<DrawCommand> Commands => _commands;

    public void FillRect(Box box, RgbColor color, float cornerRadius = 0) =>
        _commands.Add(new FillRectCommand(box, color, cornerRadius));

    public void StrokeRect(Box box, RgbColor color, float lineWidth, float cornerRadius = 0) =>
        _commands.Add(new StrokeRectCommand(box, color, lineWidth, cornerRadius));

    public void Line(float x1, float y1, float x2, float y2, RgbColor color, float lineWidth) =>
        _commands.Add(new LineCommand(x1, y1, x2, y2, color, lineWidth));

    public void Text(GlyphRun run) => _commands.Add(new TextCommand(run));

    public void Image(ImageData image, Box box) => _commands.Add(new ImageCommand(image, box));

    public void LinkUrl(Box box, string url) => _commands.Add(new UrlLinkCommand(box, url));

    public void LinkDestination(Box box, string name) => _commands.Add(new DestinationLinkCommand(box, name));

    public void Destination(string name, float x, float y) => _commands.Add(new DestinationCommand(name, x, y));

    public void Bookmark(string title, int level, float y) => _commands.Add(new BookmarkCommand(title, level, y));

    public void FillPath(VectorPath path, VectorPaint paint) => _commands.Add(new FillPathCommand(path, paint));

    public void StrokePath(VectorPath path, VectorPaint paint, StrokeStyle stroke) =>
        _commands.Add(new StrokePathCommand(path, paint, stroke));

    public void Save(float opacity = 1, Box? bounds = null) => _commands.Add(new SaveCommand(opacity, bounds));

    public void Restore() => _commands.Add(new RestoreCommand());

    public void Concat(AffineTransform transform) => _commands.Add(new ConcatCommand(transform));

    public void ClipPath(VectorPath path) => _commands.Add(new ClipPathCommand(path));

    public void BeginStructure(StructureTag tag, Box box) => _commands.Add(new StructureBeginCommand(tag, box));

    public void EndStructure() => _commands.Add(new StructureEndCommand());

    /// <summary>Draws everything recorded onto another canvas, in the order it was recorded.</summary>
    public void ReplayTo(ICanvas canvas)
    {
        foreach (var command in _commands)
            command.Replay(canvas);
    }
}
