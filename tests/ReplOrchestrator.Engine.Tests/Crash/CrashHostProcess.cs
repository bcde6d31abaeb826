using System.Diagnostics;

namespace ReplOrchestrator.Engine.Tests.Crash;

/// <summary>Runs the crash host (built next to the tests) as a real child process.</summary>
internal sealed class CrashHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CrashHostProcess(Process process) => _process = process;

    /// <summary>Completes when the host has started every instance (its "started" line).</summary>
    public Task Started => _started.Task;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <param name="sdk">Runs the Microsoft SDK workload instead of the scripted one.</param>
    public static CrashHostProcess Start(string database, string effects, int instances, bool sdk = false)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "ReplOrchestrator.Engine.CrashHost.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(host);
        if (sdk)
        {
            start.ArgumentList.Add("sdk");
        }

        foreach (var argument in new[] { database, effects, instances.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The crash host did not start.");
        var crashHost = new CrashHostProcess(process);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data == "started")
            {
                crashHost._started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return crashHost;
    }

    /// <summary>SIGKILL: no finalizers, no flush, no clean stop.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }
}
