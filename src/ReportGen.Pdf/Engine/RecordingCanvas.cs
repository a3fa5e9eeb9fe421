using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>Records what is drawn on one page, in order. Pagination draws into recorders; the recordings are then
/// replayed onto the PDF file writer's canvas (or Skia's, for PNG pages) once the page count is known and the used
/// glyphs are collected. Tests read
/// <see cref="Commands"/> to check geometry.</summary>
internal sealed class RecordingCanvas : ICanvas
{
    private readonly List<DrawCommand> _commands = [];

    public IReadOnlyList<DrawCommand> Commands => _commands;

    /// <summary>The commands the page's flowing content drew (not the underlay, header or footer): they must lie in
    /// the content area.</summary>
    public IEnumerable<DrawCommand> ContentCommands => _commands.Skip(_contentStart).Take(_contentEnd - _contentStart);

    private int _contentStart;
    private int _contentEnd;

    /// <summary>Marks that what is drawn from now on is the page's flowing content.</summary>
    public void BeginContent() => _contentStart = _contentEnd = _commands.Count;

    /// <summary>Marks the end of the page's flowing content.</summary>
    public void EndContent() => _contentEnd = _commands.Count;

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

    public void SignatureField(Box box, string name, string description) =>
        _commands.Add(new SignatureFieldCommand(box, name, description));

    public void FillPath(VectorPath path, VectorPaint paint) => _commands.Add(new FillPathCommand(path, paint));

    public void StrokePath(VectorPath path, VectorPaint paint, StrokeStyle stroke) =>
        _commands.Add(new StrokePathCommand(path, paint, stroke));

    public void Save(float opacity = 1, Box? bounds = null) => _commands.Add(new SaveCommand(opacity, bounds));

    public void Restore() => _commands.Add(new RestoreCommand());

    public void Concat(AffineTransform transform) => _commands.Add(new ConcatCommand(transform));

    public void ClipPath(VectorPath path) => _commands.Add(new ClipPathCommand(path));

    /// <summary>Swaps each image command for what <paramref name="replacement"/> returns (null: keep it), keeping the
    /// order and the content range.</summary>
    public void ReplaceImages(Func<ImageCommand, IReadOnlyList<DrawCommand>?> replacement)
    {
        var commands = new List<DrawCommand>(_commands.Count);
        int start = _contentStart, end = _contentEnd;
        for (var i = 0; i < _commands.Count; i++)
        {
            if (i == _contentStart)
                start = commands.Count;
            if (i == _contentEnd)
                end = commands.Count;
            if (_commands[i] is ImageCommand image && replacement(image) is { } replaced)
            {
                commands.AddRange(replaced);
                StructureMarks += replaced.Count(c => c is StructureBeginCommand);
            }
            else
                commands.Add(_commands[i]);
        }
        if (_contentStart == _commands.Count)
            start = commands.Count;
        if (_contentEnd == _commands.Count)
            end = commands.Count;
        _commands.Clear();
        _commands.AddRange(commands);
        (_contentStart, _contentEnd) = (start, end);
    }

    /// <summary>How many structure marks were recorded (the size of a tagged PDF's element table: counted as they are
    /// recorded, rather than looked for again among a report's thousands of commands).</summary>
    public int StructureMarks { get; private set; }

    public void BeginStructure(StructureTag tag, Box box)
    {
        _commands.Add(new StructureBeginCommand(tag, box));
        StructureMarks++;
    }

    public void EndStructure() => _commands.Add(StructureEndCommand.Instance);

    /// <summary>Draws everything recorded onto another canvas, in the order it was recorded.</summary>
    public void ReplayTo(ICanvas canvas)
    {
        foreach (var command in _commands)
            command.Replay(canvas);
    }
}
