namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>The <c>VMwareCbtMigrationDetails</c> fields the ARM source maps; percentages 0 to 100.</summary>
/// <param name="InitialSeedingProgress"><c>initialSeedingProgressPercentage</c>.</param>
/// <param name="DeltaSyncProgress"><c>deltaSyncProgressPercentage</c>, where the service sends it.</param>
/// <param name="ResyncRequired"><c>resyncRequired</c> ("true"/"false" in the API).</param>
/// <param name="ResyncState"><c>resyncState</c>: <c>None</c>, <c>PreparedForResynchronization</c>, <c>StartedResynchronization</c>.</param>
/// <param name="ResyncProgress"><c>resyncProgressPercentage</c>.</param>
/// <param name="LastRecoveryPointReceived"><c>lastRecoveryPointReceived</c>: the end of the last successful cycle.</param>
/// <param name="LastRecoveryPointId"><c>lastRecoveryPointId</c>: names the cycle that follows it.</param>
/// <param name="Gateway">The item-level <c>gatewayOperationDetails</c>: present while a cycle runs.</param>
/// <param name="Disks"><c>protectedDisks</c>.</param>
public sealed record CbtDetails(
    int? InitialSeedingProgress,
    int? DeltaSyncProgress,
    bool ResyncRequired,
    string? ResyncState,
    int? ResyncProgress,
    DateTimeOffset? LastRecoveryPointReceived,
    string? LastRecoveryPointId,
    GatewayOperation? Gateway,
    IReadOnlyList<ProtectedDisk> Disks);
