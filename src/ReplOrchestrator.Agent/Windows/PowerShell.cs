using System.Diagnostics;
using System.Text;
using ReplOrchestrator.Agent.HyperV;

namespace ReplOrchestrator.Agent.Windows;

/// <summary>Runs one command in Windows PowerShell without a profile and returns what it printed.</summary>
internal static class PowerShell
{
    /// <summary>Runs <paramref name="command"/> (one of <see cref="PowerShellCommands"/>) and returns its standard output.</summary>
    /// <exception cref="HostCommandException">PowerShell could not start or the command failed; the message is its first error line.</exception>
    public static async Task<string> RunAsync(string command, CancellationToken cancellationToken)
    {
        // -EncodedCommand keeps quoting out of the command line: the text reaches PowerShell exactly as written.
        var encoded = Convert.ToBase64String(Encoding.Unicode.GetBytes("$ProgressPreference='SilentlyContinue'; " + command));
        var start = new ProcessStartInfo("powershell.exe", ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new HostCommandException($"powershell.exe did not start: {e.Message}");
        }

        using var process = started ?? throw new HostCommandException("powershell.exe did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var text = await output.ConfigureAwait(false);
        var errors = await error.ConfigureAwait(false);
        if (process.ExitCode != 0 || errors.Trim().Length > 0)
        {
            var first = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {process.ExitCode}";
            throw new HostCommandException(first);
        }

        return text;
    }
}
