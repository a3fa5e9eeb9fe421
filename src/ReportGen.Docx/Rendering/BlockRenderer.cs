using ReportGen.Document;

namespace ReportGen.Docx.Rendering;

/// <summary>Writes one kind of block into the context's current container.</summary>
internal interface IBlockRenderer
{
    /// <summary>Writes <paramref name="block"/>, which is of the renderer's block type.</summary>
    void Write(DocxContext context, Block block);
}

/// <summary>Base for a renderer of one block type.</summary>
internal abstract class BlockRenderer<TBlock> : IBlockRenderer where TBlock : Block
{
    /// <inheritdoc/>
    public void Write(DocxContext context, Block block) => Write(context, (TBlock)block);

    /// <summary>Writes the block.</summary>
    protected abstract void Write(DocxContext context, TBlock block);
}
