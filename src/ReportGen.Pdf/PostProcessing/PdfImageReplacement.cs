using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.PostProcessing;

/// <summary>Pixels to put in place of a stand-in image Skia drew: the stand-in is found by its (unique) pixel size, and
/// its object gets a new revision holding <see cref="FlateData"/>, 8-bit RGB rows with PNG predictors (PNG's own IDAT
/// stream), in the colour space Skia chose for the stand-in.</summary>
internal sealed record PdfImageReplacement(int StandInWidth, int StandInHeight, int Width, int Height, byte[] FlateData)
{
    private static readonly string[] KeysReplaced =
        ["Width", "Height", "BitsPerComponent", "Filter", "DecodeParms", "Length", "DL"];

    /// <summary>The body of the new object revision: the stand-in's dictionary with the real size, filter and length,
    /// then the stream.</summary>
    public byte[] Body(PdfImageObject standIn, byte[] file)
    {
        var body = new MemoryStream(FlateData.Length + 512);
        body.Write("<<"u8);
        foreach (var (key, value) in standIn.Dictionary.Entries)
        {
            if (KeysReplaced.Contains(key.Value))
                continue;
            body.Write(file.AsSpan(key.Start, key.End - key.Start));
            body.WriteByte((byte)' ');
            body.Write(file.AsSpan(value.Start, value.End - value.Start));
            body.WriteByte((byte)'\n');
        }
        body.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"/Width {Width}\n/Height {Height}\n/BitsPerComponent 8\n/Filter /FlateDecode\n" +
            $"/DecodeParms <</Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns {Width}>>\n/Length {FlateData.Length}>>\nstream\n")));
        body.Write(FlateData);
        body.Write("\nendstream"u8);
        return body.ToArray();
    }
}
