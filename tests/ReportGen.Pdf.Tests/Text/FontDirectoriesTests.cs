using ReportGen.Pdf.Text;

namespace ReportGen.Pdf.Tests.Text;

/// <summary>System font folders: the platform's usual ones, or those of the fontconfig file FONTCONFIG_FILE names
/// (how containers and CI jobs decide which fonts programs see).</summary>
public sealed class FontDirectoriesTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("reportgen-fontconfig-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string name, string xml)
    {
        var path = Path.Combine(_root.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, xml);
        return path;
    }

    private IReadOnlyList<string> Directories(string? fontconfigFile, string? xdgData = null) =>
        FontDirectories.System(name => name switch
        {
            "FONTCONFIG_FILE" => fontconfigFile,
            "HOME" => "/home/user",
            "XDG_DATA_HOME" => xdgData,
            _ => null,
        });

    [Fact]
    public void Without_fontconfig_file_the_usual_folders_are_searched()
    {
        var directories = Directories(null);
        Assert.Contains("/usr/share/fonts", directories);
        Assert.Contains("/home/user/.local/share/fonts", directories);
    }

    [Fact]
    public void An_empty_configuration_means_no_system_fonts()
    {
        Assert.Empty(Directories(Write("empty.conf", "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n")));
        Assert.Empty(Directories(Path.Combine(_root.FullName, "missing.conf")));
        Assert.Empty(Directories(Write("broken.conf", "<fontconfig><dir>")));
    }

    [Fact]
    public void Dirs_and_includes_are_read_like_fontconfig_reads_them()
    {
        Write("conf.d/20-extra.conf", "<fontconfig><dir>/opt/extra-fonts</dir></fontconfig>");
        Write("conf.d/10-first.conf", "<fontconfig><dir prefix=\"xdg\">fonts</dir></fontconfig>");
        Write("conf.d/readme.txt", "<fontconfig><dir>/not/a/conf/file</dir></fontconfig>");
        var config = Write("fonts.conf", """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <dir>/usr/share/fonts</dir><dir>~/.fonts</dir>
              <dir prefix="relative">local-fonts</dir>
              <include ignore_missing="yes">conf.d</include>
              <include ignore_missing="yes">no-such.conf</include>
              <include>fonts.conf</include>
            </fontconfig>
            """);

        Assert.Equal(
            ["/usr/share/fonts", "/home/user/.fonts", Path.Combine(_root.FullName, "local-fonts"), "/xdg/fonts", "/opt/extra-fonts"],
            Directories(config, xdgData: "/xdg"));
    }

    [Fact]
    public void The_library_never_reads_system_fonts_when_none_are_configured()
    {
        using var fonts = new FontLibrary([], []);
        Assert.Null(fonts.Resolve(FontRole.Regular, TestFonts.Arrow)); // no shipped font has it
    }
}
