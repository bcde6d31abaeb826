using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// DiskUploadTimedOut (1011) in the making: a large delta's first disk stops uploading at about 6 %
/// because the appliance cannot reach its cache storage account, for twice the upload stall timeout;
/// then the network is fixed, the upload resumes and the cycle completes.
/// </summary>
internal sealed class UploadStallScenario() : Scenario(
    ScenarioNames.UploadStall,
    ScenarioPlacement.AzureMigrateVm,
    "A disk's upload stops at about 6 % for twice the upload stall timeout, then resumes and the cycle completes; "
        + "meanwhile StorageWrite fails with \"connection timed out\".")
{
    // The contract's example: 3,328,599,654 of 53,687,091,200 bytes.
    private const double StallShare = 0.062;

    public override VmScript PlanVm(ScenarioContext context)
    {
        var (clock, cycles) = (context.Clock, context.Cycles);
        var start = clock.At(0.5);
        var upload = start + clock.Beats(CycleFactory.SnapshotBeats);

        // Two beats of slow progress, so heartbeats see the disk move before it stops.
        var stallFrom = upload + clock.Beats(2);
        var stallUntil = stallFrom + clock.Beats(clock.Overrun(context.Timings.UploadStallTimeout));
        var done = stallUntil + clock.Beats(3);

        // A batch job rewrote half the disk, so this delta is large.
        var first = context.Vm.Disks[0];
        var total = first.SizeBytes / 2 / 4096 * 4096;
        var stalledAt = (long)(total * StallShare);
        var stalled = new DiskPlan(first.DiskId, total,
            [new(upload, 0), new(stallFrom, stalledAt), new(stallUntil, stalledAt), new(done, total)]);
        var others = cycles.SteadyDisks(upload, upload + clock.Beats(CycleFactory.UploadBeats)).Skip(1);

        var end = done + clock.Beats(CycleFactory.DisposeBeats);
        var cycle = new CyclePlan(cycles.NextId(), CycleType.Delta, start, upload, done, end, end + clock.Beats(1), [stalled, .. others], null);
        return new VmScript
        {
            Cycles = [cycle],
            Faults = [new ProbeFault(ProbeKind.StorageWrite, stallFrom, stallUntil, FaultDetails.ConnectionTimedOut)],
        };
    }
}
