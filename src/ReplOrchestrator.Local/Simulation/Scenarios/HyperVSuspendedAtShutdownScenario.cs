using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// "Hyper-V replication is suspended at system shutdown": two sends complete, then the replica server
/// shuts down in the middle of the third. The primary logs 32022 and 32086 and suspends replication;
/// it stays Suspended, sending nothing, until a <c>ResumeReplication</c> command resumes it.
/// </summary>
internal sealed class HyperVSuspendedAtShutdownScenario() : Scenario(
    ScenarioNames.HyperVSuspendedAtShutdown,
    ScenarioPlacement.HyperVPrimaryVm,
    "Hyper-V Replica: the replica server shuts down during a send; events 32022 then 32086, replication Suspended "
        + "until a ResumeReplication command, then Replicating again.")
{
    private const int GoodSends = 2;

    // VMMS logs the suspension right after the cancelled send; well inside the correlator's 10-minute pairing.
    private const double SuspensionDelayBeats = 0.05;

    public override VmScript PlanVm(ScenarioContext context)
    {
        var (clock, cycles, vm) = (context.Clock, context.Cycles, context.Vm);
        var good = new List<CyclePlan>();
        var start = clock.At(0.5);
        for (var i = 0; i < GoodSends; i++)
        {
            good.Add(cycles.Healthy(start));
            start = cycles.NextStartAfter(good[^1]);
        }

        var shutdown = start + clock.Beats(1);
        var disks = vm.Disks.Select(d =>
        {
            var total = cycles.DeltaBytes(d);
            return new DiskPlan(d.DiskId, total, [new(start, 0), new(shutdown, total * 2 / 5)]);
        }).ToList();
        var cancelled = new CyclePlan(cycles.NextId(), CycleType.Delta, start, start, shutdown, shutdown, shutdown + clock.Beats(1), disks,
            new CycleError(SeedMessages.ReplicationCancelledCode, SeedMessages.ReplicationCancelled(vm)));

        return new VmScript
        {
            Cycles = [.. good, cancelled],
            SuspendedAt = shutdown,
            Events =
            [
                new TimedEvent(shutdown, 32022, SeedMessages.VmmsSource, ReplicationEventLevel.Error, SeedMessages.ReplicationCancelled(vm)),
                new TimedEvent(shutdown + clock.Beats(SuspensionDelayBeats), 32086, SeedMessages.VmmsSource, ReplicationEventLevel.Error,
                    SeedMessages.ReplicationSuspended(vm)),
            ],
        };
    }
}
