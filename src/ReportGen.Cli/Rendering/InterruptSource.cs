using System.Runtime.InteropServices;

namespace ReportGen.Cli.Rendering;

/// <summary>Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation token for the duration of one command, instead of
/// letting the runtime kill the process mid-write. Ctrl-C works at any moment: if the command has not stopped
/// <see cref="Grace"/> after the first signal (something it waits on cannot be cancelled), or on a second signal, the
/// process exits with 130 at once; hidden temporary files it leaves are cleaned up by the next run.</summary>
internal sealed class InterruptSource : IDisposable
{
    /// <summary>How long a cancelled command may take to stop cleanly.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly TextWriter _stderr;
    private Timer? _deadline;
    private int _signals;

    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    /// <summary>Starts listening.</summary>
    public InterruptSource(TextWriter stderr)
    {
        _stderr = stderr;
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled on the first signal.</summary>
    public CancellationToken Token => _cts.Token;

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we stop cleanly ourselves and exit with 130
        if (Interlocked.Increment(ref _signals) > 1)
            ExitNow("stopped at the second interrupt");
        _deadline = new Timer(_ => ExitNow("did not stop within 3 s of the interrupt"), null, Grace, Timeout.InfiniteTimeSpan);
        try { _cts.Cancel(); }
        catch (ObjectDisposedException) { } // the signal raced the end of the command

    }

    private void ExitNow(string why)
    {
        Say($"reportgen: {why}; exiting");
        // Environment.Exit runs the runtime's shutdown, which flushes standard output: the very thing that may be blocked
        // (a full pipe nobody reads). _exit ends the process at once; the next run removes the temporary files left.
        if (!OperatingSystem.IsWindows())
        {
            try { ImmediateExit(ExitCodes.Interrupted); }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { }
        }
        Environment.Exit(ExitCodes.Interrupted);
    }

    /// <summary>Writes the last words without waiting for ever: .NET's console writers take the lock of Console.Out,
    /// which the blocked writer holds, so on Unix the bytes go straight to file descriptor 2, from a thread given half a
    /// second (standard error may be a full pipe too).</summary>
    private void Say(string line)
    {
        var writer = new Thread(() =>
        {
            try
            {
                if (OperatingSystem.IsWindows() || !ReferenceEquals(_stderr, Console.Error))
                {
                    _stderr.WriteLine(line);
                    return;
                }
                using var fd2 = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(2, ownsHandle: false), FileAccess.Write, 1);
                fd2.Write(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException) { }
        }) { IsBackground = true };
        writer.Start();
        writer.Join(TimeSpan.FromMilliseconds(500));
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ImmediateExit(int status);

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        _deadline?.Dispose();
        _sigint.Dispose();
        _sigterm.Dispose();
        _cts.Dispose();
    }
}
