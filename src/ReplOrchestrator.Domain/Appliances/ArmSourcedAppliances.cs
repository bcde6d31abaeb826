namespace ReplOrchestrator.Domain.Appliances;

/// <summary>
/// The appliances the Azure Resource Manager source reports under, one per watched vault: <c>arm-{vault}</c>. No
/// configured appliance may take such an id.
/// </summary>
public static class ArmSourcedAppliances
{
    /// <summary>The prefix of every ARM-sourced appliance id.</summary>
    public const string Prefix = "arm-";

    /// <summary>Whether <paramref name="applianceId"/> is one the ARM source reports under.</summary>
    public static bool Includes(string applianceId)
    {
        ArgumentNullException.ThrowIfNull(applianceId);
        return applianceId.StartsWith(Prefix, StringComparison.Ordinal);
    }
}
