namespace ReportGen.Cli.Rendering;

/// <summary>All outputs of one input, written all-or-nothing. Each file is first written to a hidden temporary file in
/// its target folder; <see cref="Commit"/> renames them into place once every format succeeded. Disposing without a
/// commit (an error, a warning under --strict, Ctrl-C) deletes the temporary files, so no partial output ever appears
/// and a previous good output is never destroyed.</summary>
internal sealed class OutputTransaction : IDisposable
{
    /// <summary>Prefix of temporary files, so a stray one is recognisable.</summary>
    public const string TempPrefix = ".reportgen-";

    private readonly List<(string Temp, string Target)> _staged = [];
    private bool _committed;

    /// <summary>Final paths of the staged files, in staging order.</summary>
    public IEnumerable<string> Targets => _staged.Select(s => s.Target);

    /// <summary>Writes one output through <paramref name="write"/> into a temporary file beside <paramref name="target"/>.</summary>
    public T Stage<T>(string target, Func<Stream, T> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $"{TempPrefix}{Guid.NewGuid():N}.tmp");
        _staged.Add((temp, target));
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var result = write(stream);
        stream.Flush();
        return result;
    }

    /// <summary>Writes bytes into a temporary file beside <paramref name="target"/>.</summary>
    public void StageBytes(string target, byte[] bytes) => Stage(target, s => { s.Write(bytes); return 0; });

    /// <summary>Moves every staged file into place (each rename replaces the old file in one step).</summary>
    public void Commit(CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        foreach (var (temp, target) in _staged)
            File.Move(temp, target, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes whatever was staged but not committed.</summary>
    public void Dispose()
    {
        if (_committed)
            return;
        foreach (var (temp, _) in _staged)
        {
            try { File.Delete(temp); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
