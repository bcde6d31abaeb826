using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>One VM of a <see cref="TestAppliance"/>: its state and the cycle it reports, moved by the test.</summary>
internal sealed class TestVm(string vmId, string host, ReplicationState state, int? frequencySeconds)
{
    public const long GiB = 1024L * 1024 * 1024;

    public string VmId { get; } = vmId;

    public string Host { get; } = host;

    public ReplicationState State { get; set; } = state;

    public CycleReport? Cycle { get; private set; }

    public TestVm StartCycle(string cycleId, DateTimeOffset at, CycleType type = CycleType.Delta, CyclePhase phase = CyclePhase.Snapshot, params DiskProgress[] disks)
    {
        Cycle = new CycleReport(cycleId, type, phase, at, disks.Length > 0 ? disks : [new DiskProgress("disk-0", 50 * GiB, 0)], null);
        return this;
    }

    public TestVm Phase(CyclePhase phase)
    {
        Cycle = Cycle! with { Phase = phase };
        return this;
    }

    public TestVm Uploaded(string diskId, long bytes)
    {
        Cycle = Cycle! with { Disks = [.. Cycle.Disks.Select(d => d.DiskId == diskId ? d with { UploadedBytes = bytes } : d)] };
        return this;
    }

    public TestVm Fail(string code, string message)
    {
        Cycle = Cycle! with { Phase = CyclePhase.Failed, Error = new CycleError(code, message) };
        return this;
    }

    public TestVm Complete()
    {
        Cycle = Cycle! with { Phase = CyclePhase.Completed, Disks = [.. Cycle.Disks.Select(d => d with { UploadedBytes = d.TotalBytes })] };
        return this;
    }

    public TestVm BetweenCycles()
    {
        Cycle = null;
        return this;
    }

    public VmReport Report() => new(VmId, VmId.Replace("vm-", string.Empty, StringComparison.Ordinal), Host, new ReplicationInfo(State, frequencySeconds), Cycle);
}
