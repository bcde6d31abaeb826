using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>
/// The published handler started as the Functions host starts it: from the app folder, the executable
/// that host.json names, with <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set; ready once <c>GET /</c> answers.
/// </summary>
internal sealed class HandlerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HandlerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>How long the handler took from process start to its first answer.</summary>
    public TimeSpan StartupTime { get; private set; }

    public static async Task<HandlerProcess> StartAsync(string appFolder, IReadOnlyDictionary<string, string> environment)
    {
        var hostJson = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(appFolder, "host.json")))!;
        var executable = Path.Combine(appFolder, hostJson["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>());
        var port = FreePort();
        var start = new ProcessStartInfo(executable) { WorkingDirectory = appFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var handler = new HandlerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var ready = await http.GetAsync(handler.Address);
                handler.StartupTime = clock.Elapsed;
                return handler;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The handler exited with {process.ExitCode} before answering.");
                }

                await Task.Delay(50);
            }
        }

        await handler.DisposeAsync();
        throw new TimeoutException("The handler did not answer GET / within 30 s.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
