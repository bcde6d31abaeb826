using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.Probes;
using ReplOrchestrator.Agent.Recorded;
using ReplOrchestrator.Agent.Tests.Support;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.Probes;

/// <summary>A RunProbes command probes only what the agent's configuration names, and answers every probe it was asked for.</summary>
public sealed class ProbeRunnerTests
{
    [Fact]
    public async Task Run_TagsEveryResultWithTheCommand_AndProbesTheConfiguredTargets()
    {
        using var esxi = Listeners.Open();
        using var vault = Listeners.Open();
        using var folder = new TemporaryDirectory();
        new RecordedHost(folder.Path).Services(("asrgwy", "Stopped"));
        var options = new ProbeOptions
        {
            Timeout = TimeSpan.FromSeconds(2),
            EsxiHosts = ["localhost"],
            Endpoints = [new EndpointOptions { Role = EndpointRole.KeyVault, Host = "127.0.0.1", Port = Listeners.Port(vault) }],
        };
        using var http = new HttpClient();
        var runner = new ProbeRunner(options, new RecordedServiceStates(folder.Path), http, null, TimeProvider.System);

        var results = await runner.RunAsync("cmd-7", [ProbeKind.GatewayService, ProbeKind.KeyVaultTcp, ProbeKind.EsxiDns, ProbeKind.ServiceBus], null, CancellationToken.None);

        results.Select(r => (r.CommandId, r.Probe, r.Ok)).ShouldBe(
        [
            ("cmd-7", ProbeKind.GatewayService, false),
            ("cmd-7", ProbeKind.KeyVaultTcp, true),
            ("cmd-7", ProbeKind.EsxiDns, true),
            ("cmd-7", ProbeKind.ServiceBus, false),
        ]);
        results[0].Detail.ShouldBe("asrgwy (Microsoft Azure Gateway Service) is Stopped");
        results[1].Target.ShouldBe($"127.0.0.1:{Listeners.Port(vault)}");
        results[3].Detail.ShouldBe("no ServiceBus endpoint in this agent's configuration (probes.endpoints)");
        results[3].Target.ShouldBeNull();
    }

    [Fact]
    public async Task Run_VmOnAHostTheAgentWasNotGiven_ProbesOnlyTheConfiguredHosts()
    {
        using var folder = new TemporaryDirectory();
        var options = new ProbeOptions { Timeout = TimeSpan.FromSeconds(2), EsxiHosts = ["localhost"] };
        using var http = new HttpClient();
        var runner = new ProbeRunner(options, new RecordedServiceStates(folder.Path), http, null, TimeProvider.System);

        var results = await runner.RunAsync("cmd-8", [ProbeKind.EsxiTcp902], "attacker.example.com", CancellationToken.None);

        results.ShouldHaveSingleItem().Target.ShouldBe("localhost:902");
    }
}
