using Azure.Core;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Api.Arm;

/// <summary>A watched Recovery Services vault and the synthetic appliance its observations arrive under.</summary>
/// <param name="Id">The vault's resource id.</param>
public sealed record ArmVault(ResourceIdentifier Id)
{
    /// <summary>What every ARM source appliance id starts with.</summary>
    public const string AppliancePrefix = ArmSourcedAppliances.Prefix;

    /// <summary>The vault's name.</summary>
    public string Name => Id.Name;

    /// <summary>
    /// The appliance id its VMs are reported under, <c>arm-{vault}</c>: vault names (2 to 50 letters, digits and
    /// hyphens) keep it within <see cref="ContractId"/>'s rule.
    /// </summary>
    public string ApplianceId => AppliancePrefix + Name;

    /// <summary>Whether <paramref name="applianceId"/> is one the ARM source reports under.</summary>
    public static bool IsArmAppliance(string applianceId) => ArmSourcedAppliances.Includes(applianceId);

    /// <summary>Parses a configured vault id; <paramref name="problem"/> says in one line what is wrong.</summary>
    public static bool TryParse(string? text, out ArmVault? vault, out string? problem)
    {
        vault = null;
        if (!ResourceIdentifier.TryParse(text, out var id) || id is null)
        {
            problem = "is not a resource id";
            return false;
        }

        if (!string.Equals(id.ResourceType.ToString(), "Microsoft.RecoveryServices/vaults", StringComparison.OrdinalIgnoreCase)
            || id.SubscriptionId is null || id.ResourceGroupName is null)
        {
            problem = $"must be a Microsoft.RecoveryServices/vaults resource id in a resource group (was type {id.ResourceType})";
            return false;
        }

        var candidate = new ArmVault(id);
        problem = ContractId.Explain(candidate.ApplianceId) is { } broken ? $"gives the appliance id '{candidate.ApplianceId}', which {broken}" : null;
        vault = problem is null ? candidate : null;
        return problem is null;
    }
}
