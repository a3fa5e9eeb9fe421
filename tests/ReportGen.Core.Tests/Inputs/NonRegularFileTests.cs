using System.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Document;
using ReportGen.Core.Tests.Support;
using ReportGen.Document.FileSystem;

namespace ReportGen.Core.Tests.Inputs;

/// <summary>Named pipes and devices are never opened: before this, a FIFO named as an incident or a figure blocked the
/// process for ever and /dev/zero as a figure was read until memory ran out.</summary>
public sealed class NonRegularFileTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Runs <paramref name="work"/> with a deadline, so a regression fails instead of hanging the run.</summary>
    private static async Task<T> Within<T>(Func<T> work) => await Task.Run(work).WaitAsync(TimeSpan.FromSeconds(10));

    private string Fifo(string relative)
    {
        var path = Path.Combine(_dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    [Fact]
    public void The_kind_of_a_path_is_told_apart_even_where_dotnet_attributes_say_normal()
    {
        var fifo = Fifo("pipe");
        var link = Path.Combine(_dir.Path, "link-to-pipe");
        File.CreateSymbolicLink(link, fifo);
        // What .NET's own API says, which is why it is not used:
        Assert.Equal(FileAttributes.Normal, new FileInfo(fifo).Attributes);

        Assert.Equal(FileKind.NamedPipe, RegularFile.KindOf(fifo));
        Assert.Equal(FileKind.NamedPipe, RegularFile.KindOf(link));
        Assert.Equal(FileKind.CharacterDevice, RegularFile.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Directory, RegularFile.KindOf(_dir.Path));
        Assert.Equal(FileKind.Regular, RegularFile.KindOf(_dir.Write("a.yaml", "id: x\n")));
        Assert.Equal(FileKind.Missing, RegularFile.KindOf(Path.Combine(_dir.Path, "nothing")));
        Assert.Equal(FileKind.Missing, RegularFile.KindOf(Path.Combine(_dir.Path, "a.yaml", "below-a-file")));
    }

    [Fact]
    public async Task An_incident_that_is_a_named_pipe_is_an_error_naming_it_not_a_hang()
    {
        var fifo = Fifo("in/pipe.yaml");

        var result = await Within(() => IncidentLoader.Load(fifo, "in/pipe.yaml"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("in/pipe.yaml: error: is a named pipe (FIFO), not a regular file, so it was not read", error.Headline);
    }

    [Fact]
    public async Task A_figure_that_is_a_pipe_or_a_device_is_refused_without_reading_it()
    {
        var fifo = Fifo("figures/chart.png");

        var pipe = await Within(() => (ImageProbe.TryRead(fifo, ImageProbe.DefaultMaxImageBytes, out _, out var problem), problem));
        var zero = await Within(() => (ImageProbe.TryRead("/dev/zero", ImageProbe.DefaultMaxImageBytes, out _, out var problem), problem));
        var random = await Within(() => (ImageProbe.TryRead("/dev/urandom", ImageProbe.DefaultMaxImageBytes, out _, out var problem), problem));

        Assert.Equal((false, "it is a named pipe (FIFO), not a regular file, so it was not read"), pipe);
        Assert.Equal((false, "it is a character device, not a regular file, so it was not read"), zero);
        Assert.Equal((false, "it is a character device, not a regular file, so it was not read"), random);
    }

    [Fact]
    public void The_largest_possible_limit_reads_the_file_instead_of_overflowing_into_empty()
    {
        var path = _dir.Write("in/a.yaml", "id: INC-1\n");

        var read = RegularFile.Read(path, long.MaxValue);
        var loaded = IncidentLoader.Load(path, new LoadOptions { MaxFileBytes = long.MaxValue });

        Assert.Equal("id: INC-1\n"u8.ToArray(), read.Bytes);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_read_stops_one_byte_past_the_limit_and_says_how_much_it_saw()
    {
        var path = _dir.Write("big.yaml", new string('x', 10_000));

        var read = RegularFile.Read(path, 100);

        Assert.Equal(FileReadStatus.TooLarge, read.Status);
        Assert.Null(read.Bytes);
        Assert.Equal(10_000, read.Size);
        Assert.Equal(FileReadStatus.Read, RegularFile.Read(path, 10_000).Status);
    }
}
