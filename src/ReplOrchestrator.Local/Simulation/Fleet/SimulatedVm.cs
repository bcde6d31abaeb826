using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>A replicating VM: who it is, the scenario it plays, and its timeline.</summary>
/// <remarks>Thread-safe: heartbeats and live tables read it from different threads.</remarks>
internal sealed class SimulatedVm(VmIdentity identity, string scenario, VmTimeline timeline)
{
    private readonly Lock _gate = new();

    /// <summary>Who the VM is.</summary>
    public VmIdentity Identity => identity;

    /// <summary>The name of the scenario it plays.</summary>
    public string Scenario => scenario;

    /// <summary>The VM as a heartbeat at <paramref name="now"/> reports it.</summary>
    public VmReport ReportAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            var cycle = timeline.CycleAt(now)?.ReportAt(now);
            return new VmReport(identity.VmId, identity.Name, identity.Host,
                new ReplicationInfo(timeline.StateAt(now), identity.FrequencySeconds), cycle);
        }
    }

    /// <summary>Event-log entries about the VM written after <paramref name="after"/>, up to <paramref name="upTo"/>.</summary>
    public IReadOnlyList<ReplicationEvent> EventsBetween(DateTimeOffset after, DateTimeOffset upTo)
    {
        lock (_gate)
        {
            return [.. timeline.EventsBetween(after, upTo).Select(e => e.ToContract(identity.VmId))];
        }
    }

    /// <summary>The probes that fail for this VM at <paramref name="now"/>.</summary>
    public IReadOnlyList<ProbeFault> FaultsAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            return [.. timeline.FaultsAt(now)];
        }
    }

    /// <summary>Resumes suspended replication; false when it was not suspended.</summary>
    public bool Resume(DateTimeOffset now)
    {
        lock (_gate)
        {
            return timeline.Resume(now);
        }
    }
}
