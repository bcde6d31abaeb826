namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>The fields of one <c>replicationMigrationItems</c> entry the ARM source maps (see <see cref="ArmApi"/>).</summary>
/// <param name="Id">The item's resource id.</param>
/// <param name="Name">The item's name.</param>
/// <param name="MachineName">The source VM's name (<c>properties.machineName</c>).</param>
/// <param name="MigrationState">e.g. <c>InitialSeedingInProgress</c>, <c>Replicating</c>, <c>ProtectionSuspended</c>.</param>
/// <param name="HealthErrors">The item's current health errors (<c>properties.healthErrors</c>).</param>
/// <param name="Cbt">The <c>VMwareCbt</c> provider details; <see langword="null"/> for other providers.</param>
public sealed record MigrationItem(
    string Id,
    string Name,
    string? MachineName,
    string? MigrationState,
    IReadOnlyList<ArmHealthError> HealthErrors,
    CbtDetails? Cbt)
{
    /// <summary>
    /// <c>properties.eventCorrelationId</c>: "the correlation Id for events associated with this migration item", which
    /// its vault events carry as <c>affectedObjectCorrelationId</c>.
    /// </summary>
    public string? EventCorrelationId { get; init; }
}
