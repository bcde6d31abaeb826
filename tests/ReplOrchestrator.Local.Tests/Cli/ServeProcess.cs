using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>A running <c>serve</c> process whose standard output is read line by line as it comes.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private const string Env = "/usr/bin/env";
    private const string ResetInterrupt = "--default-signal=INT";

    private static readonly Lazy<bool> s_envResetsInterrupt = new(() =>
    {
        if (!File.Exists(Env))
        {
            return false;
        }

        using var probe = Process.Start(new ProcessStartInfo(Env, [ResetInterrupt, "true"]) { RedirectStandardError = true })!;
        probe.WaitForExit();
        return probe.ExitCode == 0;
    });

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Task _reader;
    private readonly Task _errorReader;

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
        // Standard error is drained as it comes too: a pipe nobody reads fills up and blocks the process on its next write.
        _errorReader = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                _errors.Enqueue(line);
            }
        });
    }

    public IEnumerable<string> Lines => _lines;

    /// <summary>Starts <c>serve</c> on <paramref name="url"/> with its data in <paramref name="data"/>, and waits until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string url, string data, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string[] command = [dotnet, Path.Combine(AppContext.BaseDirectory, "ReplOrchestrator.Local.dll"), "serve", "--urls", url, "--data", data];
        // A test run started in the background of a script inherits SIGINT ignored, and the runtime leaves a signal
        // ignored at start ignored: Ctrl-C would never reach serve. env puts it back to its default before serve starts.
        command = s_envResetsInterrupt.Value ? [Env, ResetInterrupt, .. command] : command;
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var arg in command.Skip(1))
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
                await _errorReader;
                throw new InvalidOperationException("serve exited: " + string.Join('\n', _errors));
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"serve never printed '{text}'.");
    }

    /// <summary>Sends Ctrl-C (SIGINT) and waits for the process to exit.</summary>
    public async Task<(int ExitCode, string Output)> InterruptAsync()
    {
        await SignalAsync("-INT");
        var asked = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"serve had not exited {asked.Elapsed.TotalSeconds:0} s after Ctrl-C. Its output:\n{string.Join('\n', _lines)}\nIts errors:\n{string.Join('\n', _errors)}");
        }

        await Task.WhenAll(_reader, _errorReader);
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
