using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.Agent.Probes;

/// <summary>The checks the seeds do by hand, for real: <c>nslookup</c> and <c>Test-NetConnection -Port</c>, each bounded by a timeout.</summary>
internal static class NetworkChecks
{
    /// <summary>Resolves <paramref name="host"/>.</summary>
    public static async Task<ProbeCheck> DnsAsync(string host, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var limit = Limit(timeout, cancellationToken);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, limit.Token).ConfigureAwait(false);
            var shown = string.Join(", ", addresses.Take(3).Select(a => a.ToString()));
            return addresses.Length == 0
                ? new ProbeCheck(false, Elapsed(time, started), $"{host} resolves to no address")
                : new ProbeCheck(true, Elapsed(time, started), $"{host} resolves to {shown}{(addresses.Length > 3 ? ", …" : "")}");
        }
        catch (SocketException e)
        {
            return new ProbeCheck(false, 0, $"{host} does not resolve: {e.SocketErrorCode} ({e.Message})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeCheck(false, 0, $"{host}: no DNS answer within {Seconds(timeout)}");
        }
    }

    /// <summary>Resolves <paramref name="host"/> and opens a TCP connection to <paramref name="port"/>, closing it at once.</summary>
    public static async Task<ProbeCheck> TcpAsync(string host, int port, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var limit = Limit(timeout, cancellationToken);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(host, port, limit.Token).ConfigureAwait(false);
            return new ProbeCheck(true, Elapsed(time, started), $"connected to {Shown(socket.RemoteEndPoint)}");
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain)
        {
            return new ProbeCheck(false, 0, $"{host} does not resolve: {e.SocketErrorCode}");
        }
        catch (SocketException e)
        {
            return new ProbeCheck(false, 0, e.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused" : $"connection failed: {e.SocketErrorCode}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeCheck(false, 0, $"connection timed out after {Seconds(timeout)}");
        }
    }

    /// <summary>A token cancelled after <paramref name="timeout"/> of real time (sockets wait in real time), or with the caller's.</summary>
    public static CancellationTokenSource Limit(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        return limit;
    }

    // A dual-mode socket reports IPv4 peers as ::ffff:a.b.c.d, which people do not recognise as the address they configured.
    private static string? Shown(EndPoint? endPoint) =>
        endPoint is IPEndPoint { Address.IsIPv4MappedToIPv6: true } mapped ? new IPEndPoint(mapped.Address.MapToIPv4(), mapped.Port).ToString() : endPoint?.ToString();

    /// <summary>Milliseconds since <paramref name="started"/>, at least 1 so a passed check never reads as unmeasured.</summary>
    public static long Elapsed(TimeProvider time, long started) => Math.Max(1, (long)time.GetElapsedTime(started).TotalMilliseconds);

    /// <summary>A timeout as people read it: "5 s", "0.25 s".</summary>
    public static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";
}
