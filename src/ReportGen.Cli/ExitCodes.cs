namespace ReportGen.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked (warnings allowed unless --strict).</summary>
    public const int Success = 0;
    /// <summary>At least one input file failed (validation errors, or a render error).</summary>
    public const int InputFailed = 1;
    /// <summary><c>verify</c>: a report is not what its incident renders (or could not be verified).</summary>
    public const int ReportDiffers = 1;
    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;
    /// <summary>Stopped by Ctrl-C.</summary>
    public const int Interrupted = 130;
}
