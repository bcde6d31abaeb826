using System.Globalization;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// The Site Recovery REST API the ARM source reads. Field names follow the 2025-08-01 stable specification
/// (Azure/azure-rest-api-specs, <c>specification/recoveryservicessiterecovery/resource-manager/Microsoft.RecoveryServices/stable/2025-08-01/service.json</c>,
/// the newest stable version found; models <c>MigrationItemProperties</c>, <c>VMwareCbtMigrationDetails</c>,
/// <c>VMwareCbtProtectedDiskDetails</c>, <c>GatewayOperationDetails</c>, <c>HealthError</c>, as also generated into
/// hashicorp/go-azure-sdk's <c>recoveryservicessiterecovery</c> <c>replicationmigrationitems</c> package; and for events
/// the operation <c>ReplicationEvents_List</c> with models <c>EventCollection</c>, <c>EventProperties</c>,
/// <c>EventQueryParameter</c> and <c>VMwareCbtEventDetails</c>).
/// </summary>
internal static class ArmApi
{
    /// <summary>The api-version every request carries.</summary>
    public const string Version = "2025-08-01";

    /// <summary>The vault-wide migration item list, paged with <c>nextLink</c>.</summary>
    public static string MigrationItems(ArmVault vault) => $"{vault.Id}/replicationMigrationItems?api-version={Version}";

    /// <summary>The vault's events from <paramref name="since"/> on, paged with <c>nextLink</c>.</summary>
    public static string Events(ArmVault vault, DateTimeOffset since) =>
        $"{vault.Id}/replicationEvents?api-version={Version}&$filter={Uri.EscapeDataString(EventsSince(since))}";

    /// <summary>
    /// The OData filter on <c>EventQueryParameter.startTime</c> ("the start time of the time range within which the
    /// events are to be queried"). Site Recovery filters compare each parameter with <c>eq</c>, the form Azure
    /// PowerShell's <c>Get-AzRecoveryServicesAsrEvent -StartTime</c> sends; the time is UTC in ISO 8601.
    /// </summary>
    public static string EventsSince(DateTimeOffset since) =>
        string.Create(CultureInfo.InvariantCulture, $"startTime eq '{since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}'");
}
