using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Api.Probes;

/// <summary>
/// Cloud-side probes from the monitor's own network: resolves the endpoint's name and, for TCP probes,
/// connects to its port (443 for storage, Service Bus and Key Vault), each under a timeout. The
/// counterpart of <c>nslookup</c> and <c>Test-NetConnection -Port 443</c> in the troubleshooting guide.
/// </summary>
public sealed class DnsTcpCloudProbe(TimeProvider time) : ICloudProbe
{
    /// <summary>How long one name resolution or connect may take.</summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public async Task<ProbeResult> ProbeAsync(CloudProbeTarget target, string commandId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(target.Host, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Result(target, commandId, false, started, $"{target.Host} does not resolve: {Reason(e)}");
        }

        if (target.Probe.IsDnsOnly())
        {
            return Result(target, commandId, true, started, $"resolves to {string.Join(", ", addresses.Take(3).Select(a => a.ToString()))}");
        }

        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(addresses, target.Port, timeout.Token);
            return Result(target, commandId, true, started, $"TCP {target.Port} open");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Result(target, commandId, false, started, $"TCP connect to {target} failed: {Reason(e)}");
        }
    }

    private static string Reason(Exception e) => e switch
    {
        OperationCanceledException => "timed out",
        SocketException socket => socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostNotFound or SocketError.NoData => "host not found",
            SocketError.TimedOut => "timed out",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
            var code => code.ToString(),
        },
        _ => e.GetType().Name,
    };

    private ProbeResult Result(CloudProbeTarget target, string commandId, bool ok, long started, string detail) =>
        new(commandId, target.Probe, target.ToString(), ok, (long)time.GetElapsedTime(started).TotalMilliseconds, detail);
}
