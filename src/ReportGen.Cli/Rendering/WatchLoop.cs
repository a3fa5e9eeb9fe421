namespace ReportGen.Cli.Rendering;

/// <summary><c>--watch</c>: renders, then renders again whenever what the reports are made from changes (an incident
/// file, the layout, the theme). File-system events only wake the loop; a <see cref="WatchSnapshot"/> of the inputs
/// decides whether to render, so a save made while a render runs (or just after) is never lost, and the events of our
/// own outputs never cause a render. Before rendering, the inputs must stay unchanged for a moment (editors save in
/// several steps), and an empty incident file gets a little longer (a "truncate, then write" save passes through empty).
/// A pass renders the whole set, which costs milliseconds per report and keeps one mapping of inputs to outputs.</summary>
internal sealed class WatchLoop(RenderService service, RenderOptions options, TextWriter stdout)
{
    /// <summary>How long the inputs must stay unchanged before a render.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>How long an empty incident file may stay empty before it is rendered (and reported) as empty.</summary>
    private static readonly TimeSpan EmptyGrace = TimeSpan.FromSeconds(1);

    /// <summary>Runs until cancelled; returns <see cref="ExitCodes.Interrupted"/> when stopped by Ctrl-C.</summary>
    public int Run(CancellationToken cancel)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = WatchedFolders().Select(folder => Watch(folder, changed)).ToList();
        try
        {
            WatchSnapshot? rendered = null;
            while (true)
            {
                var now = WaitUntilSettled(cancel);
                if (now != rendered)
                {
                    service.Run(options, cancel);
                    if (rendered is null)
                        stdout.WriteLine("watching for changes (Ctrl-C to stop)…");
                    rendered = now;
                    continue; // check again at once: a save during the render shows up now
                }
                changed.Wait(cancel);
                while (changed.Wait(TimeSpan.Zero)) { } // one check covers a burst of events
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            foreach (var w in watchers) w.Dispose();
        }
        return ExitCodes.Interrupted;
    }

    /// <summary>A snapshot that stayed the same for <see cref="Quiet"/> (and, while an incident file is empty, for up to
    /// <see cref="EmptyGrace"/> more).</summary>
    private WatchSnapshot WaitUntilSettled(CancellationToken cancel)
    {
        var previous = WatchSnapshot.Take(options);
        var waitedWhileEmpty = TimeSpan.Zero;
        while (true)
        {
            if (cancel.WaitHandle.WaitOne(Quiet))
                cancel.ThrowIfCancellationRequested();
            var current = WatchSnapshot.Take(options);
            if (current == previous && (!current.HasEmptyFile || waitedWhileEmpty >= EmptyGrace))
                return current;
            if (current == previous)
                waitedWhileEmpty += Quiet;
            previous = current;
        }
    }

    private IEnumerable<string> WatchedFolders()
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in options.Inputs)
        {
            var full = Path.GetFullPath(input, options.CurrentDirectory);
            if (Directory.Exists(full)) folders.Add(full);
            else if (File.Exists(full)) folders.Add(Path.GetDirectoryName(full)!);
            else folders.Add(GlobRoot(full));
        }
        if (options.LayoutDirectory is not null)
            folders.Add(Path.GetFullPath(options.LayoutDirectory, options.CurrentDirectory));
        return folders.Where(Directory.Exists);
    }

    /// <summary>The deepest folder of a glob that has no wildcard in it.</summary>
    private static string GlobRoot(string pattern)
    {
        var cut = pattern.IndexOfAny(['*', '?', '[']);
        var head = cut < 0 ? pattern : pattern[..cut];
        return Path.GetDirectoryName(head) ?? ".";
    }

    private static FileSystemWatcher Watch(string folder, SemaphoreSlim changed)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, e) =>
        {
            if (!Path.GetFileName(e.FullPath).StartsWith(OutputTransaction.TempPrefix, StringComparison.Ordinal))
                changed.Release();
        };
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (s, e) => onChange(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
