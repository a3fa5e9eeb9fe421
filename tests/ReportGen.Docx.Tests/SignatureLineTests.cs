using System.IO.Compression;
using System.Text;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using O = DocumentFormat.OpenXml.Vml.Office;
using V = DocumentFormat.OpenXml.Vml;

namespace ReportGen.Docx.Tests;

/// <summary>Word signature lines in the sign-off table: the object Word's Insert → Signature Line makes, with the
/// suggested signer and title, valid Open XML, and read by LibreOffice as a signature line.</summary>
public class SignatureLineTests
{
    private static SignOffEntry Signer(string name, string role, string? field) => new(name, role, "2026-03-18") { SignatureField = field };

    private static readonly SignOffBlock SignOff = new(
    [
        Signer("Dana Kim", "Facilitator", "signoff.facilitated_by"),
        Signer("Priya Raman", "VP Engineering", "signoff.approvals[0]"),
        Signer("Sam Ortiz", "Reviewer", null),
        Signer("Luis Ortega", "Director, Payments & Risk", "signoff.approvals[1]"),
    ]);

    /// <summary>Stands in for the PDF writer's SVG rasterizer and keeps the SVG it was given.</summary>
    private sealed class RecordingRasterizer
    {
        public List<string> Svgs { get; } = [];

        public RasterizedSvg? Render(ImageData svg, double width, double height)
        {
            Svgs.Add(Encoding.UTF8.GetString(svg.Bytes));
            return new RasterizedSvg(TestPng.Create((int)Math.Ceiling(width), (int)Math.Ceiling(height)), []);
        }
    }

    private static DocxFile Write(RecordingRasterizer? raster = null) =>
        DocxFile.Write(PostmortemFixture.Create(draft: false, extraBlocks: [SignOff]),
            new DocxWriterOptions { SvgRasterizer = (raster ?? new RecordingRasterizer()).Render });

    [Fact]
    public void Each_signer_with_a_field_gets_a_signature_line_with_suggested_signer_and_title()
    {
        var raster = new RecordingRasterizer();
        using var docx = Write(raster);
        var lines = docx.Body.Descendants<O.SignatureLine>().ToList();
        Assert.Equal(["Dana Kim", "Priya Raman", "Luis Ortega"], lines.Select(l => l.SuggestedSigner!.Value));
        Assert.Equal(["Facilitator", "VP Engineering", "Director, Payments & Risk"], lines.Select(l => l.SuggestedSigner2!.Value));
        Assert.All(lines, l => Assert.True(l.IsSignatureLine!.Value));
        Assert.Equal(3, lines.Select(l => l.Id!.Value).Distinct().Count());
        // Each is a picture in the Signature cell of its signer's row, with the picture Word shows until it is signed.
        foreach (var line in lines)
        {
            var shape = (V.Shape)line.Parent!;
            Assert.NotNull(docx.Main.GetPartById(shape.GetFirstChild<V.ImageData>()!.RelationshipId!.Value!));
            var row = line.Ancestors<TableRow>().Single();
            var cells = row.Elements<TableCell>().ToList();
            Assert.Equal(2, cells.FindIndex(c => c.Descendants<O.SignatureLine>().Any())); // Name, Role, Signature, Date
            Assert.Equal("EEF4FF", cells[2].TableCellProperties!.Shading!.Fill!.Value);
        }
        // The picture is the same ✕ and rule for everyone (the names are in the data above and in the row): drawn and
        // embedded once, shared by the three shapes, so each further signer costs no picture.
        Assert.Single(raster.Svgs);
        Assert.Single(lines.Select(l => ((V.Shape)l.Parent!).GetFirstChild<V.ImageData>()!.RelationshipId!.Value).Distinct());
        Assert.Single(docx.Main.ImageParts, p => docx.Body.Descendants<V.ImageData>().Any(i => i.RelationshipId == docx.Main.GetIdOfPart(p)));
        Assert.Equal(3, lines.Select(l => ((V.Shape)l.Parent!).Id!.Value).Distinct().Count());
    }

    [Fact]
    public void A_signer_without_a_field_keeps_a_plain_cell()
    {
        using var docx = Write();
        var row = docx.Body.Descendants<TableRow>().Single(r => DocxFile.TextOf(r).StartsWith("Sam Ortiz", StringComparison.Ordinal));
        Assert.Empty(row.Descendants<V.Shape>());
        Assert.Null(row.Elements<TableCell>().ElementAt(2).TableCellProperties!.Shading);
    }

    [Fact]
    public void Signature_lines_pass_the_open_xml_validator_and_stay_byte_identical()
    {
        using var docx = Write();
        Assert.Empty(docx.ValidationErrors());
        using var again = Write();
        Assert.Equal(docx.Bytes, again.Bytes);
    }

    [Fact]
    public void Without_a_rasterizer_the_cell_stays_a_place_to_sign_and_a_warning_says_why()
    {
        using var docx = DocxFile.Write(PostmortemFixture.Create(draft: false, extraBlocks: [SignOff]));
        Assert.Empty(docx.Body.Descendants<O.SignatureLine>());
        Assert.Contains(docx.Result.Warnings, w => w.Message.Contains("signature line of Dana Kim was left out"));
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void LibreOffice_reads_each_as_a_signature_line_and_prints_the_signers()
    {
        using var docx = Write();
        var dir = Directory.CreateTempSubdirectory("reportgen-sigline-").FullName;
        try
        {
            var path = Path.Combine(dir, "report.docx");
            File.WriteAllBytes(path, docx.Bytes);
            var text = LibreOffice.Text(LibreOffice.ConvertToPdf(path, dir));
            Assert.Contains("Priya Raman", text);
            Assert.Contains("Luis Ortega", text);

            var odt = LibreOffice.Convert(path, dir, "odt");
            using var zip = ZipFile.OpenRead(odt);
            using var reader = new StreamReader(zip.GetEntry("content.xml")!.Open());
            var content = reader.ReadToEnd();
            Assert.Contains("loext:suggested-signer-name=\"Priya Raman\" loext:suggested-signer-title=\"VP Engineering\"", content);
            Assert.Contains("loext:suggested-signer-name=\"Dana Kim\"", content);
            Assert.Equal(3, content.Split("<loext:signatureline ").Length - 1);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
