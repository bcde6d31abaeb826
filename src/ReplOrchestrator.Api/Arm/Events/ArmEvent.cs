using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>The fields of one <c>replicationEvents</c> entry the ARM source uses (see <see cref="ArmApi"/>).</summary>
/// <param name="Name">The event's name, unique in the vault (e.g. <c>VmMonitoringEvent;9091…_516d…</c>).</param>
/// <param name="Description"><c>description</c>, the event's name for people (e.g. "Replication cycle failed").</param>
/// <param name="Severity"><c>severity</c>: <c>Critical</c>, <c>Warning</c>, <c>OK</c>, <c>Unknown</c>.</param>
/// <param name="OccurredAt"><c>timeOfOccurrence</c>.</param>
/// <param name="AffectedObject"><c>affectedObjectFriendlyName</c>: the VM, server or appliance it is about.</param>
/// <param name="CorrelationId"><c>affectedObjectCorrelationId</c>: a migration item's <see cref="MigrationItem.EventCorrelationId"/>.</param>
/// <param name="MigrationItemName">The <c>VMwareCbt</c> provider details' <c>migrationItemName</c>, when the event has them.</param>
/// <param name="HealthErrors"><c>healthErrors</c>: the errors behind the event, with the product's error ids.</param>
public sealed record ArmEvent(
    string Name,
    string? Description,
    string? Severity,
    DateTimeOffset OccurredAt,
    string? AffectedObject,
    string? CorrelationId,
    string? MigrationItemName,
    IReadOnlyList<ArmHealthError> HealthErrors)
{
    /// <summary>
    /// The failures the event reports: its health errors that carry an error id, each dated by its
    /// <c>creationTimeUtc</c> (the time the item's own copy of the error carries), else by the event. An <c>OK</c>
    /// event reports a recovery, never a failure.
    /// </summary>
    public IReadOnlyList<ArmHealthError> Failures =>
        string.Equals(Severity, "OK", StringComparison.OrdinalIgnoreCase)
            ? []
            : [.. HealthErrors.Where(e => !string.IsNullOrWhiteSpace(e.ErrorCode)).Select(e => e with { CreatedAt = e.CreatedAt ?? OccurredAt })];

    /// <summary>
    /// Whether the event is about <paramref name="item"/>: its <c>VMwareCbt</c> details name the item, or it carries the
    /// item's event correlation id. Names of machines are not compared: two vCenters may hold machines of one name.
    /// </summary>
    public bool IsAbout(MigrationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (MigrationItemName is not null && string.Equals(MigrationItemName, item.Name, StringComparison.OrdinalIgnoreCase))
            || (CorrelationId is not null && string.Equals(CorrelationId, item.EventCorrelationId, StringComparison.OrdinalIgnoreCase));
    }
}
