using ReportGen.Documents;

namespace ReportGen.Pdf.Engine;

/// <summary>The place to sign: a lightly tinted box of a fixed height across the full width, with a rule along its
/// bottom edge as on a paper form, recorded as a signature field over exactly that box (see
/// <see cref="ICanvas.SignatureField"/>). Never split: it fits whole or not at all.</summary>
internal sealed class SignatureFieldElement(string name, string description, float height, RgbColor fill, RgbColor rule) : Element
{
    /// <summary>The field's name (the signer's YAML path).</summary>
    public string Name => name;

    protected override SpacePlan MeasureCore(LayoutSpace space) =>
        space.Height >= height || space.Forced ? SpacePlan.Full(Math.Min(height, space.Height)) : SpacePlan.Nothing;

    protected override void DrawCore(ICanvas canvas, float x, float y, LayoutSpace space)
    {
        var box = new Box(x, y, space.Width, Math.Min(height, space.Height));
        canvas.FillRect(box, fill, 2);
        canvas.Line(box.X, box.Bottom - 0.4f, box.Right, box.Bottom - 0.4f, rule, 0.8f);
        canvas.SignatureField(box, name, description);
    }

    protected override void ResetCore() { }
}
