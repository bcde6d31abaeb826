using ReplOrchestrator.Agent.Probes;
using ReplOrchestrator.Agent.Tests.Support;

namespace ReplOrchestrator.Agent.Tests.Probes;

/// <summary>nslookup and Test-NetConnection as the agent does them, against real loopback sockets.</summary>
public sealed class NetworkChecksTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Tcp_OpenPort_ConnectsWithALatency()
    {
        using var listener = Listeners.Open();

        var check = await NetworkChecks.TcpAsync("127.0.0.1", Listeners.Port(listener), s_timeout, TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeTrue(check.Detail);
        check.LatencyMs.ShouldBeGreaterThanOrEqualTo(1);
        check.Detail.ShouldBe($"connected to 127.0.0.1:{Listeners.Port(listener)}");
    }

    [Fact]
    public async Task Tcp_ClosedPort_IsRefused()
    {
        var check = await NetworkChecks.TcpAsync("127.0.0.1", Listeners.ClosedPort(), s_timeout, TimeProvider.System, CancellationToken.None);

        (check.Ok, check.LatencyMs, check.Detail).ShouldBe((false, 0L, "connection refused"));
    }

    [Fact]
    public async Task Tcp_PeerThatDropsHandshakes_TimesOutAtTheLimit()
    {
        var (listener, filling) = Listeners.Full();
        using var _ = listener;
        var started = DateTime.UtcNow;

        var check = await NetworkChecks.TcpAsync("127.0.0.1", Listeners.Port(listener), s_timeout, TimeProvider.System, CancellationToken.None);

        (check.Ok, check.Detail).ShouldBe((false, "connection timed out after 0.5 s"));
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
        filling.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Tcp_NameThatDoesNotResolve_SaysSo()
    {
        var check = await NetworkChecks.TcpAsync("esx99.does-not-exist.invalid", 902, TimeSpan.FromSeconds(5), TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeFalse();
        check.Detail.ShouldStartWith("esx99.does-not-exist.invalid does not resolve");
    }

    [Fact]
    public async Task Dns_Localhost_ResolvesToLoopback()
    {
        var check = await NetworkChecks.DnsAsync("localhost", TimeSpan.FromSeconds(5), TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeTrue(check.Detail);
        check.Detail.ShouldStartWith("localhost resolves to ");
        check.Detail.ShouldContain("127.0.0.1");
    }

    [Fact]
    public async Task Dns_NameThatDoesNotResolve_FailsWithTheReason()
    {
        var check = await NetworkChecks.DnsAsync("esx99.does-not-exist.invalid", TimeSpan.FromSeconds(5), TimeProvider.System, CancellationToken.None);

        (check.Ok, check.LatencyMs).ShouldBe((false, 0L));
        check.Detail.ShouldStartWith("esx99.does-not-exist.invalid does not resolve: HostNotFound");
    }
}
