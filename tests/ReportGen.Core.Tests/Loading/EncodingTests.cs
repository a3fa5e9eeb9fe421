using System.Text;
using ReportGen.Core.Loading;
using ReportGen.Core.Tests.Support;
using static ReportGen.Core.Tests.Support.Yaml;

namespace ReportGen.Core.Tests.Loading;

/// <summary>A file saved in another Unicode encoding is named for what it is (with or without a byte order mark),
/// with the hint to save it as UTF-8.</summary>
public class EncodingTests
{
    [Theory]
    [InlineData("utf-32LE", true, "UTF-32 (little-endian)")]
    [InlineData("utf-32BE", true, "UTF-32 (big-endian)")]
    [InlineData("utf-16LE", true, "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", true, "UTF-16 (big-endian)")]
    [InlineData("utf-32LE", false, "UTF-32 (little-endian)")]
    [InlineData("utf-32BE", false, "UTF-32 (big-endian)")]
    [InlineData("utf-16LE", false, "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", false, "UTF-16 (big-endian)")]
    public void Other_unicode_encodings_are_named_and_refused_with_a_hint(string encoding, bool bom, string name)
    {
        var enc = encoding switch
        {
            "utf-32LE" => (Encoding)new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            "utf-32BE" => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        var bytes = (bom ? enc.GetPreamble() : []).Concat(enc.GetBytes(Minimal)).ToArray();
        using var dir = new TempFolder();
        var d = Assert.Single(IncidentLoader.Load(dir.WriteBytes("x.yaml", bytes)).Diagnostics);
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Equal($"the file is {name} text, not UTF-8", d.Message);
        Assert.Contains("save the file as UTF-8", d.Hint);
    }

    [Fact]
    public void Binary_data_that_merely_starts_with_a_nul_is_still_called_binary()
    {
        using var dir = new TempFolder();
        var d = Assert.Single(IncidentLoader.Load(dir.WriteBytes("x.yaml", [0, 0xFF, 0x13, 0x80, 0x01, 0x02, 0x03, 0x04])).Diagnostics);
        Assert.Contains("NUL byte", d.Message);
    }
}
