using ReportGen.Pdf.Engine;
using ReportGen.Pdf.PostProcessing;
using ReportGen.Pdf.Text;
using SkiaSharp;

namespace ReportGen.Pdf.Output;

/// <summary>For one PDF: each face used, cut down to the glyphs the pages use (glyph ids kept, so the recorded runs
/// draw unchanged). Skia would otherwise embed every font whole.</summary>
internal sealed class SubsetTypefaces : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> _typefaces = new(ReferenceEqualityComparer.Instance);

    public SubsetTypefaces(IEnumerable<RecordingCanvas> pages)
    {
        var used = new Dictionary<FontFace, HashSet<ushort>>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
            foreach (var command in page.Commands)
            {
                if (command is not TextCommand { Run: var run })
                    continue;
                if (!used.TryGetValue(run.Face, out var glyphs))
                    used[run.Face] = glyphs = [];
                foreach (var glyph in run.Glyphs)
                    glyphs.Add(glyph);
            }
        foreach (var (face, glyphs) in used)
        {
            var bytes = FontSubsetter.Subset(face.HarfBuzzFace, glyphs.Order().ToArray());
            _typefaces[face] = SKTypeface.FromData(SKData.CreateCopy(bytes))
                ?? throw new InvalidOperationException($"the subset of {face.Name} could not be loaded");
        }
    }

    public SKTypeface Get(FontFace face) => _typefaces.TryGetValue(face, out var typeface) ? typeface : face.Typeface;

    public void Dispose()
    {
        foreach (var typeface in _typefaces.Values)
            typeface.Dispose();
    }
}
