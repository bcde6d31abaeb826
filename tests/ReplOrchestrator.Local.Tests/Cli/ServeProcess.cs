using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>A running <c>serve</c> process whose standard output is read line by line as it comes.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Task _reader;

    private ServeProcess(Process process)
    {
        _process = process;
        _reader = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                _lines.Enqueue(line);
            }
        });
    }

    public IEnumerable<string> Lines => _lines;

    /// <summary>Starts <c>serve</c> on <paramref name="url"/> with its data in <paramref name="data"/>, and waits until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string url, string data, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ReplOrchestrator.Local.dll"), "serve", "--urls", url, "--data", data })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var serve = new ServeProcess(Process.Start(start)!);
        await serve.WaitForAsync("listening on");
        return serve;
    }

    public async Task WaitForAsync(string text)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException("serve exited: " + await _process.StandardError.ReadToEndAsync());
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"serve never printed '{text}'.");
    }

    /// <summary>Sends Ctrl-C (SIGINT) and waits for the process to exit.</summary>
    public async Task<(int ExitCode, string Output)> InterruptAsync()
    {
        await SignalAsync("-INT");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        await _reader;
        return (_process.ExitCode, string.Join('\n', _lines));
    }

    /// <summary>Kills the process with SIGKILL, as a crash or an out-of-memory kill would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        await SignalAsync("-KILL");
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }
}
