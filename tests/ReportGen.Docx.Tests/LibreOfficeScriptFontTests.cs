using ReportGen.Document;
using ReportGen.Docx.Tests.Support;
using static ReportGen.Testing.Md;

namespace ReportGen.Docx.Tests;

/// <summary>The real LibreOffice, on a machine that has the fonts the .docx names (the ones ReportGen ships, made
/// visible through FONTCONFIG_FILE), draws each script's runs with that font.</summary>
public sealed class LibreOfficeScriptFontTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-docx-tests", Guid.NewGuid().ToString("N"));

    public LibreOfficeScriptFontTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    [Fact]
    public void Libreoffice_draws_each_script_with_the_font_the_docx_names()
    {
        var docx = Path.Combine(_dir, "scripts.docx");
        using (var file = File.Create(docx))
            new DocxWriter().Write(new ReportDocument
            {
                Settings = new DocumentSettings { Title = "Scripts" },
                Theme = new Theme(),
                Blocks =
                [
                    P("Owners: 王伟, 김민준 and 「ログイン」 ✅"),
                    P("Identity team: ليلى حداد and נועה לוי; สมชาย ใจดี; प्रिया शर्मा"),
                ],
            }, file);
        var config = Path.Combine(_dir, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{RepoPaths.ShippedFonts}</dir>
              <cachedir>{Path.Combine(_dir, "fontconfig-cache")}</cachedir>
            </fontconfig>
            """);

        var pdf = LibreOffice.ConvertToPdf(docx, _dir, config);

        var fonts = LibreOffice.Fonts(pdf);
        foreach (var family in new[] { "NotoSansSC", "NotoSansKR", "NotoSansJP", "NotoEmoji", "NotoSansArabic",
                     "NotoSansHebrew", "NotoSansThai", "NotoSansDevanagari" })
            Assert.Contains(family, fonts);
        var text = LibreOffice.Text(pdf);
        Assert.Contains("王伟", text);
        Assert.Contains("김민준", text);
    }
}
