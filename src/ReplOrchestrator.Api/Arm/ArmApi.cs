namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// The Site Recovery REST API the ARM source reads. Field names follow the 2025-08-01 stable specification
/// (Azure/azure-rest-api-specs, <c>specification/recoveryservicessiterecovery/resource-manager/Microsoft.RecoveryServices/stable/2025-08-01/service.json</c>,
/// the newest stable version found; models <c>MigrationItemProperties</c>, <c>VMwareCbtMigrationDetails</c>,
/// <c>VMwareCbtProtectedDiskDetails</c>, <c>GatewayOperationDetails</c>, <c>HealthError</c>, as also generated into
/// hashicorp/go-azure-sdk's <c>recoveryservicessiterecovery</c> <c>replicationmigrationitems</c> package).
/// </summary>
internal static class ArmApi
{
    /// <summary>The api-version every request carries.</summary>
    public const string Version = "2025-08-01";

    /// <summary>The vault-wide migration item list, paged with <c>nextLink</c>.</summary>
    public static string MigrationItems(ArmVault vault) => $"{vault.Id}/replicationMigrationItems?api-version={Version}";
}
