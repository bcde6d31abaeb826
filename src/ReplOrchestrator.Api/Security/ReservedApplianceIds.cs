using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Domain.Appliances;

namespace ReplOrchestrator.Api.Security;

/// <summary>
/// Appliance ids no configured appliance may take: the ARM source reports each vault as <c>arm-{vault}</c>, and an
/// appliance by that name would mix its heartbeats with the vault's and pass for an ARM source (commands never sent).
/// </summary>
internal static class ReservedApplianceIds
{
    /// <summary>Stops a host whose <c>Repl:Appliances:{n}:Id</c> starts with the ARM source's prefix, naming each path in one line.</summary>
    /// <exception cref="ArgumentException">At least one configured appliance id is reserved.</exception>
    public static void ThrowIfAnyTaken(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var taken = configuration.GetSection(AccessOptions.Section).GetSection(nameof(AccessOptions.Appliances)).GetChildren()
            .Select(appliance => appliance.GetSection(nameof(ApplianceCredential.Id)))
            .Where(id => id.Value is { } value && ArmSourcedAppliances.Includes(value))
            .Select(id => id.Path)
            .ToList();
        if (taken.Count > 0)
        {
            throw new ArgumentException(
                $"Reserved for vaults watched through Azure Resource Manager: {string.Join(", ", taken)}; appliance ids must not start with '{ArmSourcedAppliances.Prefix}'.");
        }
    }
}
