using System.IO.Compression;

namespace ReportGen.Pdf.Inspection;

/// <summary>Decodes the streams verify needs to read (cross-reference and object streams): no filter, or
/// /FlateDecode with or without a PNG predictor. Output is capped so a compressed bomb cannot exhaust memory.</summary>
internal static class StreamData
{
    /// <summary>Largest decoded stream read (far above any cross-reference or object stream of a report).</summary>
    public const int MaxDecodedBytes = 64 * 1024 * 1024;

    public static byte[] Decode(byte[] file, PdfStream stream)
    {
        var raw = file.AsSpan(stream.DataStart, stream.DataLength);
        var filter = stream.Dictionary["Filter"] switch
        {
            PdfName n => n.Value,
            PdfArray { Items: [PdfName n] } => n.Value,
            null => null,
            _ => throw new PdfSyntaxException("stream with several filters", stream.DataStart),
        };
        if (filter is null)
            return raw.ToArray();
        if (filter != "FlateDecode")
            throw new PdfSyntaxException($"stream filter /{filter} is not read", stream.DataStart);
        var decoded = Inflate(raw.ToArray(), stream.DataStart);
        var parameters = stream.Dictionary["DecodeParms"] as PdfDictionary;
        var predictor = parameters?["Predictor"] is PdfNumber p ? (int)p.Value : 1;
        if (predictor < 10)
            return predictor == 1 ? decoded : throw new PdfSyntaxException("TIFF predictor is not read", stream.DataStart);
        var columns = parameters?["Columns"] is PdfNumber c ? (int)c.Value : 1;
        return PngUnpredict(decoded, columns, stream.DataStart);
    }

    private static byte[] Inflate(byte[] data, int offset)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        var output = new MemoryStream();
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxDecodedBytes)
                    throw new PdfSyntaxException($"stream decodes to more than {MaxDecodedBytes / (1024 * 1024)} MiB", offset);
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new PdfSyntaxException("stream data is not valid Flate data: " + e.Message, offset);
        }
        return output.ToArray();
    }

    /// <summary>Undoes PNG row filters (each row starts with its filter type byte).</summary>
    private static byte[] PngUnpredict(byte[] data, int columns, int offset)
    {
        if (columns <= 0) throw new PdfSyntaxException("predictor with no columns", offset);
        var rows = data.Length / (columns + 1);
        var result = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (columns + 1)];
            for (var i = 0; i < columns; i++)
            {
                var raw = data[r * (columns + 1) + 1 + i];
                int left = i > 0 ? result[r * columns + i - 1] : 0, up = r > 0 ? result[(r - 1) * columns + i] : 0;
                int upLeft = r > 0 && i > 0 ? result[(r - 1) * columns + i - 1] : 0;
                result[r * columns + i] = (byte)(type switch
                {
                    0 => raw,
                    1 => raw + left,
                    2 => raw + up,
                    3 => raw + (left + up) / 2,
                    4 => raw + Paeth(left, up, upLeft),
                    _ => throw new PdfSyntaxException($"unknown PNG row filter {type}", offset),
                });
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
