using ReportGen.Document;

namespace ReportGen.Pdf.Engine;

/// <summary>The place to sign: a lightly tinted box of a fixed height across the full width, with a short "×" mark and
/// a rule along its bottom edge as on a paper form, recorded as a signature field over exactly that box (see
/// <see cref="ICanvas.SignatureField"/>). Never split: it fits whole or not at all.</summary>
internal sealed class SignatureFieldElement(string name, string description, float height, RgbColor fill, RgbColor rule) : Element
{
    /// <summary>The field's name (the signer's YAML path).</summary>
    public string Name => name;

    protected override SpacePlan MeasureCore(AvailableSpace space) =>
        space.Height >= height || space.Forced ? SpacePlan.Full(Math.Min(height, space.Height)) : SpacePlan.Nothing;

    protected override void DrawCore(ICanvas canvas, float x, float y, AvailableSpace space)
    {
        var box = new Box(x, y, space.Width, Math.Min(height, space.Height));
        canvas.FillRect(box, fill);
        // A small cross where the pen goes, drawn as lines (not text: it is decoration, not content).
        var size = Math.Min(5f, box.Height / 4);
        float left = box.X + 6, bottom = box.Bottom - 6;
        canvas.Line(left, bottom - size, left + size, bottom, rule, 0.8f);
        canvas.Line(left, bottom, left + size, bottom - size, rule, 0.8f);
        canvas.Line(left + size + 4, bottom, box.Right - 6, bottom, rule, 0.6f);
        canvas.SignatureField(box, name, description);
    }

    protected override void ResetCore() { }
}
