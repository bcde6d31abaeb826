namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>A VM's replication state and frequency.</summary>
/// <param name="State">What replication is doing.</param>
/// <param name="FrequencySeconds">
/// The configured replication frequency in seconds. Hyper-V Replica requires it and allows only 30, 300
/// or 900. Azure Migrate schedules delta cycles itself, so it is informational there and may be null.
/// </param>
public sealed record ReplicationInfo(ReplicationState State, int? FrequencySeconds)
{
    /// <summary>The replication frequencies Hyper-V Replica offers, in seconds (30 s, 5 min, 15 min).</summary>
    public static IReadOnlyList<int> HyperVFrequencies { get; } = [30, 300, 900];
}
