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
/// <remarks>
/// The endpoints come from an appliance's heartbeat, so they are checked before anything is sent: a target that is
/// not an Azure endpoint of the configured cloud nor allow-listed is refused without a lookup
/// (<see cref="CloudTargetRules"/>); a name that resolves to any loopback, private, link-local or similar address is
/// refused after the lookup (<see cref="ProbeAddressRules"/>), and a TCP probe connects only to the addresses just
/// checked, never by name again. A refused target is answered as <see cref="ProbeResult.Refused"/> with the reason.
/// </remarks>
/// <param name="time">Measures each probe's latency.</param>
/// <param name="options">What the probes may reach; valid (see <see cref="CloudProbeOptions.Validate"/>).</param>
public sealed class DnsTcpCloudProbe(TimeProvider time, CloudProbeOptions options) : ICloudProbe
{
    /// <summary>How long one name resolution or connect may take.</summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Resolves a host name to its addresses; tests stand in for DNS here.</summary>
    internal Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; init; } = Dns.GetHostAddressesAsync;

    /// <inheritdoc />
    public async Task<ProbeResult> ProbeAsync(CloudProbeTarget target, string commandId, CancellationToken cancellationToken)
    {
        if (CloudTargetRules.Refusal(target, options) is { } refusal)
        {
            return ProbeResult.RefusedTarget(commandId, target.Probe, target.ToString(), refusal);
        }

        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        IPAddress[] addresses;
        try
        {
            addresses = await Resolve(target.Host, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Result(target, commandId, false, started, $"{target.Host} does not resolve: {Reason(e)}");
        }

        if (ProbeAddressRules.Refusal(addresses) is { } kind)
        {
            return ProbeResult.RefusedTarget(commandId, target.Probe, target.ToString(), $"{target.Host} resolves to an address the monitor does not probe ({kind})");
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
