namespace ReportGen.Cli.Rendering;

/// <summary><c>--watch</c>: renders once, then again whenever an incident file, the layout or the theme changes.
/// Changes are debounced (editors write a file in several steps) and a pass always renders the whole set, which
/// costs milliseconds per report and keeps the mapping of inputs to outputs in one place.</summary>
internal sealed class WatchLoop(RenderService service, RenderOptions options, TextWriter stdout)
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs until cancelled; returns <see cref="ExitCodes.Success"/> when stopped by Ctrl-C.</summary>
    public int Run(CancellationToken cancel)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = WatchedFolders().Select(folder => Watch(folder, changed)).ToList();
        try
        {
            service.Run(options, cancel);
            while (changed.Wait(Debounce, cancel)) { }
            stdout.WriteLine("watching for changes (Ctrl-C to stop)…");
            while (!cancel.IsCancellationRequested)
            {
                changed.Wait(cancel);
                // Swallow the burst of events one save produces, then render once.
                while (changed.Wait(Debounce, cancel)) { }
                service.Run(options, cancel);
                // Our own outputs (.md, .png previews) may land in a watched folder: drop the events they caused.
                while (changed.Wait(Debounce, cancel)) { }
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            foreach (var w in watchers) w.Dispose();
        }
        return ExitCodes.Success;
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
        watcher.Renamed += (s, e) => onChange(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
