using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.Heartbeats;
using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Agent.Tests.Support;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Agent.Tests.Heartbeats;

/// <summary>The agent's heartbeat cycle, one step at a time, against the real local host over loopback HTTP.</summary>
public sealed class HeartbeatCycleAgainstLocalHostTests
{
    private const string VmId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Fact]
    public async Task RunOnce_ReportsTheRecordedHost_AndTheServerTakesIt()
    {
        await using var server = await LocalServer.StartAsync();
        using var setup = new AgentSetup(server.Url);
        setup.Host.Services(("vmms", "Running")).Replication((VmId, "sql01", "Replicating"));
        using var host = Build(setup);
        var cycle = host.Services.GetRequiredService<HeartbeatCycle>();

        var first = await cycle.RunOnceAsync(CancellationToken.None);
        var second = await cycle.RunOnceAsync(CancellationToken.None);

        (first.Outcome.Kind, first.Outcome.Status).ShouldBe((HeartbeatOutcomeKind.Accepted, 202), first.Outcome.Problem?.Describe());
        second.Outcome.Kind.ShouldBe(HeartbeatOutcomeKind.Accepted);
        var vm = await server.WaitForAsync($"/api/appliances/{LocalServer.ApplianceId}/vms/{VmId}", v => v["name"]?.GetValue<string>() == "sql01");
        vm["replicationState"]?.GetValue<string>().ShouldBe("Replicating", vm.ToJsonString());
    }

    [Fact]
    public async Task SuspendedAtShutdown_ServerAsksForAResume_NextHeartbeatCarriesTheScriptsSteps()
    {
        await using var server = await LocalServer.StartAsync();
        using var setup = new AgentSetup(server.Url);
        var now = DateTimeOffset.UtcNow;
        setup.Host.Services(("vmms", "Running")).Replication((VmId, "sql01", "Suspended")).Events(
            (101, 32022, VmId, now.AddSeconds(-20), "Hyper-V could not replicate changes for virtual machine sql01: The operation has been canceled (0x80004004). (Virtual Machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)"),
            (102, 32086, VmId, now.AddSeconds(-10), "Hyper-V suspended replication for virtual machine sql01 due to a non-recoverable failure. Resume replication after correcting the failure. (Virtual machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)"));
        using var host = Build(setup);
        var cycle = host.Services.GetRequiredService<HeartbeatCycle>();
        var spool = host.Services.GetRequiredService<Spool>();

        // The suspension reaches the VM's monitor in the background; its command comes back with a later heartbeat.
        var ran = 0;
        for (var beat = 0; beat < 100 && ran == 0; beat++)
        {
            var (outcome, commands) = await cycle.RunOnceAsync(CancellationToken.None);
            outcome.Kind.ShouldBe(HeartbeatOutcomeKind.Accepted, outcome.Problem?.Describe() ?? outcome.Error);
            ran = commands;
            await Task.Delay(ran == 0 ? 100 : 0);
        }

        ran.ShouldBe(1);
        spool.State.Events.ShouldBeEmpty();
        var result = spool.State.CommandResults.ShouldHaveSingleItem();
        result.Ok.ShouldBeTrue(result.Detail);
        result.Detail.ShouldBe("0 started; 2 VMMS replication service active; 4 replication for sql01 on hv01.contoso.local was Suspended and resumed successfully (now Replicating)");

        var next = await cycle.RunOnceAsync(CancellationToken.None);

        next.Outcome.Kind.ShouldBe(HeartbeatOutcomeKind.Accepted);
        next.Outcome.Commands.ShouldBeEmpty("the server heard the answer, so it stops asking");
        spool.State.CommandResults.ShouldBeEmpty();
        await server.WaitForAsync($"/api/appliances/{LocalServer.ApplianceId}/vms/{VmId}", v => v["replicationState"]?.GetValue<string>() == "Replicating");
    }

    [Fact]
    public async Task RunOnce_WithAWrongKey_IsRefused_AndKeepsWhatItOwes()
    {
        await using var server = await LocalServer.StartAsync();
        using var setup = new AgentSetup(server.Url, key: "fedcba9876543210fedcba9876543210");
        setup.Host.Services(("vmms", "Running"));
        using var host = Build(setup);
        var spool = host.Services.GetRequiredService<Spool>();
        spool.AddResults("cmd-1", [], new CommandResult("cmd-1", true, "done"));

        var (outcome, _) = await host.Services.GetRequiredService<HeartbeatCycle>().RunOnceAsync(CancellationToken.None);

        (outcome.Kind, outcome.Status).ShouldBe((HeartbeatOutcomeKind.Rejected, 401));
        outcome.Problem!.Describe().ShouldNotContain("fedcba9876543210fedcba9876543210");
        spool.State.CommandResults.ShouldHaveSingleItem().CommandId.ShouldBe("cmd-1");
    }

    private static IHost Build(AgentSetup setup) => AgentHost.Build(AgentConfiguration.Load(setup.ConfigFile, onWindows: false), []);
}
