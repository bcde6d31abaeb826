using System.Net;
using System.Net.Sockets;
using ReplOrchestrator.Api.Probes;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Probes.ProbeKind;

namespace ReplOrchestrator.Api.Tests.Probes;

/// <summary>
/// The adapter against loopback only: every target here must be refused, and nothing may connect. Names that would
/// need a real lookup get a stand-in resolver, so no test sends a packet beyond this machine.
/// </summary>
public sealed class DnsTcpCloudProbeTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public DnsTcpCloudProbeTests() => _listener.Start();

    private int ListeningPort => ((IPEndPoint)_listener.LocalEndpoint).Port;

    [Fact]
    public async Task ProbeAsync_LoopbackPortTheAppliancesListed_IsRefusedAndNeverConnected()
    {
        // The outside review's heartbeat listed 127.0.0.1 with one port after another.
        var probe = new DnsTcpCloudProbe(TimeProvider.System, new CloudProbeOptions());

        var result = await probe.ProbeAsync(new CloudProbeTarget(CloudStorageTcp, "127.0.0.1", ListeningPort), "dx-1", CancellationToken.None);

        (result.Refused, result.Ok, result.Target).ShouldBe((true, false, $"127.0.0.1:{ListeningPort}"));
        result.Detail.ShouldNotBeNull().ShouldContain("port");
        _listener.Pending().ShouldBeFalse();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public async Task ProbeAsync_AllowListedLoopbackHost_IsRefusedAfterResolution(string host)
    {
        var probe = new DnsTcpCloudProbe(TimeProvider.System, new CloudProbeOptions { AllowedHosts = [host] });

        var tcp = await probe.ProbeAsync(new CloudProbeTarget(CloudStorageTcp, host, 443), "dx-1", CancellationToken.None);
        var dns = await probe.ProbeAsync(new CloudProbeTarget(CloudStorageDns, host, 443), "dx-1", CancellationToken.None);

        tcp.Refused.ShouldBeTrue();
        tcp.Detail.ShouldBe($"{host} resolves to an address the monitor does not probe (loopback)");
        dns.Refused.ShouldBeTrue();
    }

    [Fact]
    public async Task ProbeAsync_AzureNameResolvingToAnyLoopbackAddress_IsRefused()
    {
        var resolver = new StandInResolver(IPAddress.Parse("20.60.40.4"), IPAddress.Loopback);
        var probe = new DnsTcpCloudProbe(TimeProvider.System, new CloudProbeOptions()) { Resolve = resolver.ResolveAsync };

        var result = await probe.ProbeAsync(new CloudProbeTarget(CloudStorageTcp, "migratelsa1.blob.core.windows.net", 443), "dx-1", CancellationToken.None);

        result.Refused.ShouldBeTrue();
        result.Detail.ShouldBe("migratelsa1.blob.core.windows.net resolves to an address the monitor does not probe (loopback)");
        resolver.Looked.ShouldBe(["migratelsa1.blob.core.windows.net"]);
    }

    [Fact]
    public async Task ProbeAsync_NameOutsideTheCloud_IsRefusedWithoutALookup()
    {
        var resolver = new StandInResolver(IPAddress.Loopback);
        var probe = new DnsTcpCloudProbe(TimeProvider.System, new CloudProbeOptions()) { Resolve = resolver.ResolveAsync };

        var result = await probe.ProbeAsync(new CloudProbeTarget(CloudKeyVaultDns, "intranet.contoso.local", 443), "dx-1", CancellationToken.None);

        result.Refused.ShouldBeTrue();
        result.Detail.ShouldNotBeNull().ShouldStartWith("intranet.contoso.local is not a KeyVault endpoint of AzureCloud");
        resolver.Looked.ShouldBeEmpty();
    }

    [Fact]
    public async Task ProbeAsync_NameThatDoesNotResolve_FailsWithoutBeingRefused()
    {
        var probe = new DnsTcpCloudProbe(TimeProvider.System, new CloudProbeOptions())
        {
            Resolve = (_, _) => Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)),
        };

        var result = await probe.ProbeAsync(new CloudProbeTarget(CloudStorageDns, "migratelsa1.blob.core.windows.net", 443), "dx-1", CancellationToken.None);

        (result.Refused, result.Ok, result.Detail).ShouldBe((false, false, "migratelsa1.blob.core.windows.net does not resolve: host not found"));
    }

    public void Dispose() => _listener.Dispose();

    private sealed class StandInResolver(params IPAddress[] addresses)
    {
        public List<string> Looked { get; } = [];

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            Looked.Add(host);
            return Task.FromResult(addresses);
        }
    }
}
