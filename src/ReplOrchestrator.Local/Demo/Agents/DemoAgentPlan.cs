using ReplOrchestrator.Agent.Recorded;
using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Demo.Agents;

/// <summary>
/// What <c>demo --agents</c> plays with real agents: a Hyper-V primary host whose replica server shuts down during a
/// send, and an Azure Migrate appliance that goes silent and comes back. The simulator plays the other situations.
/// </summary>
internal static class DemoAgentPlan
{
    public const string HyperVHostId = "demo-agent-hv01";
    public const string ApplianceId = "demo-agent-appl01";
    public const string PrimaryServer = "hv-agent01.contoso.local";
    public const string ReplicaServer = "hvr-agent01.contoso.local";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // Stopped long enough that the 5-second heartbeat timeout passes and the alert is told, and back early enough
    // that a 40-second run sees it resolve.
    public static readonly TimeSpan SilentAt = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan BackAt = TimeSpan.FromSeconds(16);

    // After a few healthy heartbeats, so the server knows the VM replicating before it is suspended.
    public static readonly TimeSpan ShutdownAt = TimeSpan.FromSeconds(6);

    public static readonly RecordedVm Vm = new("6f1c2a9e-3b7d-4e2a-9c1f-5d8e7a6b4c30", "sql-agent01", "Replicating", PrimaryServer, ReplicaServer);

    /// <summary>The simulator's situations when the agents play theirs: one alert of each kind, from one source.</summary>
    public static IReadOnlyList<string> SimulatedScenarios =>
        [.. DemoSettings.Scenarios.Where(s => s is not (ScenarioNames.HyperVSuspendedAtShutdown or ScenarioNames.ApplianceSilent))];

    /// <summary>32022 then 32086 with the seed's texts, as the primary logs them when the replica server shuts down mid-send.</summary>
    public static RecordedEvent[] SuspendedAtShutdown(DateTimeOffset at)
    {
        var vm = new VmIdentity(Vm.VmId, Vm.VmName, PrimaryServer, [], Vm.FrequencySeconds);
        return
        [
            new(1, 32022, Vm.VmId, Vm.VmName, at, SeedMessages.ReplicationCancelled(vm)),
            new(2, 32086, Vm.VmId, Vm.VmName, at.AddMilliseconds(50), SeedMessages.ReplicationSuspended(vm)),
        ];
    }
}
