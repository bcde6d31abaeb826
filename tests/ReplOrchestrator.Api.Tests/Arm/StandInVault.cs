using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Api.Tests.Arm;

/// <summary>The vault the reader tests list on the ARM stand-in, and a reader through Azure.ResourceManager's real ArmClient.</summary>
internal static class StandInVault
{
    public const string Id = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-migrate/providers/Microsoft.RecoveryServices/vaults/vault-contoso";

    public static ArmVault Vault { get; } = ArmVault.TryParse(Id, out var vault, out _) ? vault! : throw new InvalidOperationException();

    /// <summary>A reader whose ArmClient trusts <paramref name="arm"/> and takes it for the Resource Manager endpoint.</summary>
    public static ArmVaultReader Reader(ArmStandIn arm) =>
        new(arm.Client(new ArmOptions { Endpoint = arm.Endpoint, Audience = ArmStandIn.Audience }));
}
