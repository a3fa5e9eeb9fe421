using System.Runtime.InteropServices;

namespace ReportGen.Cli.Rendering;

/// <summary>Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation token for the duration of one command, instead of
/// letting the runtime kill the process mid-write.</summary>
internal sealed class InterruptSource : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    /// <summary>Starts listening.</summary>
    public InterruptSource()
    {
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled on the first signal.</summary>
    public CancellationToken Token => _cts.Token;

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we stop cleanly ourselves and exit with 130
        _cts.Cancel();
    }

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _cts.Dispose();
    }
}
