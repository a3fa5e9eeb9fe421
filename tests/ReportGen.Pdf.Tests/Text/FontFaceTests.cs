using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests.Text;

public class FontFaceTests
{
    [Fact]
    public void A_file_that_is_not_a_font_is_rejected_by_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => new FontFace("notes", "these are not glyphs"u8.ToArray()));
        Assert.Contains("'notes'", error.Message);
    }

    [Fact]
    public void A_font_read_in_place_from_the_assembly_matches_a_copied_one()
    {
        var shipped = Writer.SharedWriter.Instance.Fonts.Get(FontRole.Regular);
        using var stream = typeof(FontFace).Assembly.GetManifestResourceStream("ReportGen.Pdf.Fonts.LiberationSans-Regular.ttf")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        using var copy = new FontFace("copy", bytes);
        Assert.Equal(shipped.Shape("Postmortem").Glyphs, copy.Shape("Postmortem").Glyphs);
        Assert.Equal(shipped.AdvanceWidths, copy.AdvanceWidths);
        Assert.Equal("LiberationSans", copy.ProgramInfo.PostScriptName);
        Assert.Equal(shipped.ProgramInfo.PostScriptName, copy.ProgramInfo.PostScriptName);
        Assert.Equal(shipped.ProgramInfo.BoundingBox, copy.ProgramInfo.BoundingBox);
        Assert.Equal((shipped.ProgramInfo.Ascent, shipped.ProgramInfo.CapHeight), (copy.ProgramInfo.Ascent, copy.ProgramInfo.CapHeight));
        Assert.Equal(shipped.Typeface.GlyphCount, copy.Typeface.GlyphCount); // Skia reads the same bytes
    }
}
