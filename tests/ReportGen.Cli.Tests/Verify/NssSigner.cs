using System.Diagnostics;

namespace ReportGen.Cli.Tests.Verify;

/// <summary>A signer as a real user has one: an NSS certificate database holding a self-signed certificate, made with
/// certutil, openssl and pk12util (Debian: libnss3-tools, openssl), used by poppler's pdfsig to sign a field.</summary>
internal sealed class NssSigner : IDisposable
{
    public const string Nickname = "signer";

    public NssSigner(string commonName)
    {
        Directory.CreateDirectory(Database);
        Run("certutil", "-N", "-d", "sql:" + Database, "--empty-password");
        Run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", Path.Combine(Folder, "k.pem"),
            "-out", Path.Combine(Folder, "c.pem"), "-days", "3650", "-subj", "/CN=" + commonName);
        Run("openssl", "pkcs12", "-export", "-inkey", Path.Combine(Folder, "k.pem"), "-in", Path.Combine(Folder, "c.pem"),
            "-name", Nickname, "-out", Path.Combine(Folder, "s.p12"), "-passout", "pass:");
        Run("pk12util", "-i", Path.Combine(Folder, "s.p12"), "-d", "sql:" + Database, "-W", "");
        Run("certutil", "-M", "-n", Nickname, "-t", "CT,C,C", "-d", "sql:" + Database);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "reportgen-nss-" + Guid.NewGuid().ToString("N"));
    private string Database => Path.Combine(Folder, "db");

    /// <summary>Signs <paramref name="field"/> of <paramref name="input"/> into <paramref name="output"/> with pdfsig.</summary>
    public void Sign(string input, string output, string field, string reason = "Approved") =>
        Run("pdfsig", "-nssdir", "sql:" + Database, "-nick", Nickname, "-reason", reason, "-sign", field, input, output);

    /// <summary>What pdfsig says about the signatures of <paramref name="pdf"/>, checked against this database.</summary>
    public string Check(string pdf) => Run("pdfsig", "-nssdir", "sql:" + Database, pdf).Output;

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        // pdfsig prints "NSS_Shutdown failed" at exit on this poppler version whatever happened; the exit code tells.
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {error.Result}{output.Result}");
        return (process.ExitCode, output.Result + error.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
