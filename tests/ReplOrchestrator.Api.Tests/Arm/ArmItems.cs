using System.Text.Json;
using ReplOrchestrator.Api.Arm.Items;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Api.Tests.Arm;

/// <summary>Migration items as the ARM source reads them from a vault's list, for the tests of what it makes of them.</summary>
internal static class ArmItems
{
    public const string VaultId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/vault-a";

    /// <summary>The item <paramref name="json"/> stands for, read as a poll reads it.</summary>
    public static MigrationItem Read(MigrationItemJson json)
    {
        using var document = JsonDocument.Parse(json.ToJson(VaultId).ToJsonString());
        return MigrationItemReader.Read(document.RootElement.Clone(), out var problem) ?? throw new InvalidOperationException(problem);
    }
}
