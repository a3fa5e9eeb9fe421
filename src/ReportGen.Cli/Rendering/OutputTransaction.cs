namespace ReportGen.Cli.Rendering;

/// <summary>All outputs of one input, written all-or-nothing. Each file is first written to a hidden temporary file in
/// its target folder. <see cref="Commit"/> checks every target before the first rename, then moves each old output
/// aside to a hidden backup and the new file into place; if any step fails, what was already moved is put back, so
/// the folder holds either every new output or every old one. Disposing without a commit (an error, a warning under
/// --strict, Ctrl-C) deletes the temporary files.</summary>
/// <param name="refusal">Why a target must not be written, or null when it may (<see cref="OutputGuard.Problem"/>).</param>
internal sealed class OutputTransaction(Func<string, OutputRefusal?> refusal) : IDisposable
{
    /// <summary>Prefix of temporary files, so a stray one is recognisable.</summary>
    public const string TempPrefix = TempFiles.Prefix;

    private readonly List<(string Temp, string Target)> _staged = [];
    private bool _committed;

    /// <summary>Final paths of the staged files, in staging order.</summary>
    public IEnumerable<string> Targets => _staged.Select(s => s.Target);

    /// <summary>Writes one output through <paramref name="write"/> into a temporary file beside <paramref name="target"/>.</summary>
    public T Stage<T>(string target, Func<Stream, T> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(directory);
        var temp = TempFiles.NewStaged(directory);
        _staged.Add((temp, target));
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var result = write(stream);
        stream.Flush();
        return result;
    }

    /// <summary>Writes bytes into a temporary file beside <paramref name="target"/>.</summary>
    public void StageBytes(string target, byte[] bytes) => Stage(target, s => { s.Write(bytes); return 0; });

    /// <summary>Moves every staged file into place, or none. Throws <see cref="OutputCommitException"/> (with the
    /// folder as it was) when a target is refused or a rename fails.</summary>
    public void Commit(CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        foreach (var (_, target) in _staged)
            if (refusal(target) is { } problem)
                throw new OutputCommitException(problem.Message, problem.Hint, restored: true);
        var moved = new List<Move>();
        try
        {
            foreach (var (temp, target) in _staged)
            {
                var move = new Move(temp, target, Path.Exists(target) ? TempFiles.NewBackup(target) : null);
                moved.Add(move);
                if (move.Backup is not null)
                    File.Move(target, move.Backup);
                File.Move(temp, target, overwrite: true);
                move.Installed = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var restored = RollBack(moved);
            throw new OutputCommitException(e.Message, "check that the output folder is writable and nothing is in the way of the outputs", restored);
        }
        _committed = true;
        foreach (var move in moved)
            if (move.Backup is not null)
                TryDelete(move.Backup);
    }

    /// <summary>Undoes the moves in reverse: the new file goes back to its temporary name (deleted on dispose) and the
    /// backup back to the target. Returns false if something could not be put back.</summary>
    private static bool RollBack(List<Move> moved)
    {
        var complete = true;
        for (var i = moved.Count - 1; i >= 0; i--)
        {
            var move = moved[i];
            try
            {
                if (move.Installed)
                    File.Move(move.Target, move.Temp);
                if (move.Backup is not null && File.Exists(move.Backup))
                    File.Move(move.Backup, move.Target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { complete = false; }
        }
        return complete;
    }

    /// <summary>Deletes whatever was staged but not committed.</summary>
    public void Dispose()
    {
        if (_committed)
            return;
        foreach (var (temp, _) in _staged)
            TryDelete(temp);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private sealed class Move(string temp, string target, string? backup)
    {
        public string Temp { get; } = temp;
        public string Target { get; } = target;
        public string? Backup { get; } = backup;
        public bool Installed { get; set; }
    }
}

/// <summary>The outputs of one input could not be put in place. <see cref="Restored"/> tells whether the folder is as
/// it was before the commit started (true unless a rollback step failed too).</summary>
internal sealed class OutputCommitException(string reason, string hint, bool restored) : IOException(reason)
{
    /// <summary>What the user can do.</summary>
    public string Hint { get; } = hint;

    /// <summary>Whether every previous output is back in place.</summary>
    public bool Restored { get; } = restored;
}
