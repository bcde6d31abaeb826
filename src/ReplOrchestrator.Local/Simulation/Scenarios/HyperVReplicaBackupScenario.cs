using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// A backup of the replica host's disk on Windows Server 2012 R2 (KB 2889734): while it holds the replica
/// VM's lock, each apply logs 32546, 19050, 32032 and 33680 on the replica host, yet replication goes on
/// Replicating with normal health. The host is <see cref="HyperVHostNames.Replica"/>, fixed so a
/// maintenance window can be set for it in advance.
/// </summary>
internal sealed class HyperVReplicaBackupScenario() : Scenario(
    ScenarioNames.HyperVReplicaBackup,
    ScenarioPlacement.HyperVReplicaVm,
    $"Hyper-V Replica on Windows Server 2012 R2: a backup on the replica host {HyperVHostNames.Replica} logs 32546, 19050, "
        + "32032 and 33680 for a VM during three sends while replication stays Replicating.")
{
    private const int FirstSendInBackup = 1;
    private const int SendsDuringBackup = 3;
    private const double EventSpacingBeats = 0.1;

    public override VmScript PlanVm(ScenarioContext context)
    {
        var (clock, vm) = (context.Clock, context.Vm);
        var primary = context.Appliance.PartnerHost ?? HyperVHostNames.Primary;
        var replica = context.Appliance.Hosts[0];

        // The VM's sends start on these half beats (pinned below), so each apply in the backup fails once.
        var events = new List<TimedEvent>();
        for (var send = FirstSendInBackup; send < FirstSendInBackup + SendsDuringBackup; send++)
        {
            var at = clock.At(0.5 + (send * CycleFactory.HyperVIntervalBeats));
            events.AddRange(
            [
                Event(at, 1, 32546, SeedMessages.InvalidVmState(vm)),
                Event(at, 2, 19050, SeedMessages.InvalidVmState(vm)),
                Event(at, 3, 32032, SeedMessages.ApplyIncomplete(vm)),
                Event(at, 4, 33680, SeedMessages.ReplicationOperationFailed(vm, primary, replica)),
            ]);
        }

        return new VmScript { HealthyFrom = clock.At(0.5), Events = events };

        TimedEvent Event(DateTimeOffset sendStart, int order, int eventId, string message) =>
            new(sendStart + clock.Beats(order * EventSpacingBeats), eventId, SeedMessages.VmmsSource, ReplicationEventLevel.Error, message);
    }
}
