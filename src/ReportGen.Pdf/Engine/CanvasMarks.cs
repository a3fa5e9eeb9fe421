namespace ReportGen.Pdf.Engine;

/// <summary>Marks drawing that is not content (rules, fills, borders, page furniture) as an artifact, so a tagged PDF
/// keeps it out of what screen readers and text extraction read: <c>using (canvas.Artifact(box)) { ... }</c>.</summary>
internal static class CanvasMarks
{
    /// <summary>What is drawn until the returned scope is disposed is an artifact of <paramref name="kind"/>.</summary>
    public static ArtifactScope Artifact(this ICanvas canvas, Box box, ArtifactKind kind = ArtifactKind.Layout)
    {
        canvas.BeginStructure(StructureTag.Artifact(kind), box);
        return new ArtifactScope(canvas);
    }
}

/// <summary>Ends an artifact begun by <see cref="CanvasMarks.Artifact"/>.</summary>
internal readonly ref struct ArtifactScope(ICanvas canvas)
{
    public void Dispose() => canvas.EndStructure();
}
