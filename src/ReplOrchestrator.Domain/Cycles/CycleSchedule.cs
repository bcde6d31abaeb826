using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Cycles;

/// <summary>When a VM's next replication cycle should start.</summary>
/// <remarks>
/// Azure Migrate (agentless VMware) starts the first delta cycle as soon as initial replication ends,
/// and each later delta <c>min(max(1 h, previous delta duration / 2), 12 h)</c> after the previous one
/// ended: a 4-hour cycle is followed 2 hours later. Source: Microsoft Learn, "Agentless replication of
/// VMware VMs – concepts". Failed cycles are scheduled the same way, timed from their failure.
/// Hyper-V Replica sends on a fixed frequency (30 s, 5 min or 15 min); a send that overran its
/// interval is followed at once.
/// </remarks>
public static class CycleSchedule
{
    /// <summary>Azure Migrate's shortest wait between delta cycles.</summary>
    public static readonly TimeSpan MinDeltaInterval = TimeSpan.FromHours(1);

    /// <summary>Azure Migrate's longest wait between delta cycles.</summary>
    public static readonly TimeSpan MaxDeltaInterval = TimeSpan.FromHours(12);

    /// <summary>Azure Migrate's wait after a delta cycle that took <paramref name="previousDeltaDuration"/>.</summary>
    public static TimeSpan DeltaInterval(TimeSpan previousDeltaDuration)
    {
        var half = previousDeltaDuration / 2;
        return half < MinDeltaInterval ? MinDeltaInterval : half > MaxDeltaInterval ? MaxDeltaInterval : half;
    }

    /// <summary>The expectation after a cycle ended (completed or failed).</summary>
    /// <param name="kind">What replicates the VM.</param>
    /// <param name="type">The ended cycle's type.</param>
    /// <param name="startedAt">When the ended cycle started.</param>
    /// <param name="endedAt">When it completed or failed; not before <paramref name="startedAt"/>.</param>
    /// <param name="frequencySeconds">The Hyper-V Replica frequency (30, 300 or 900); ignored for Azure Migrate.</param>
    /// <param name="options">Valid cycle options, for the grace.</param>
    /// <exception cref="ArgumentException">A Hyper-V Replica VM without a positive frequency, or an end before the start.</exception>
    public static NextCycleExpectation AfterCycle(
        ApplianceKind kind, CycleType type, DateTimeOffset startedAt, DateTimeOffset endedAt, int? frequencySeconds, CycleOptions options)
    {
        if (endedAt < startedAt)
        {
            throw new ArgumentException($"The cycle ended ({endedAt:O}) before it started ({startedAt:O}).", nameof(endedAt));
        }

        if (kind == ApplianceKind.HyperVReplica)
        {
            var frequency = Frequency(frequencySeconds);
            var next = startedAt + frequency;
            return HyperV(next > endedAt ? next : endedAt, frequency, options);
        }

        return type == CycleType.Initial
            ? new NextCycleExpectation(endedAt, options.MissedCycleGrace, MinDeltaInterval)
            : AzureMigrate(endedAt + DeltaInterval(endedAt - startedAt), DeltaInterval(endedAt - startedAt), options);
    }

    /// <summary>
    /// The expectation for a VM seen for the first time at <paramref name="since"/> with no cycle history:
    /// Azure Migrate's longest interval (so no miss is claimed early), or one Hyper-V interval.
    /// </summary>
    /// <exception cref="ArgumentException">A Hyper-V Replica VM without a positive frequency.</exception>
    public static NextCycleExpectation FirstObserved(ApplianceKind kind, DateTimeOffset since, int? frequencySeconds, CycleOptions options)
    {
        if (kind == ApplianceKind.HyperVReplica)
        {
            var frequency = Frequency(frequencySeconds);
            return HyperV(since + frequency, frequency, options);
        }

        return AzureMigrate(since + MaxDeltaInterval, MaxDeltaInterval, options);
    }

    private static NextCycleExpectation AzureMigrate(DateTimeOffset expectedAt, TimeSpan interval, CycleOptions options) =>
        new(expectedAt, options.MissedCycleGrace, interval);

    private static NextCycleExpectation HyperV(DateTimeOffset expectedAt, TimeSpan frequency, CycleOptions options) =>
        new(expectedAt, frequency * options.HyperVMissedCycleGraceFactor, frequency);

    private static TimeSpan Frequency(int? frequencySeconds) =>
        frequencySeconds is > 0 and int seconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException("A Hyper-V Replica VM needs its replication frequency in seconds.", nameof(frequencySeconds));
}
