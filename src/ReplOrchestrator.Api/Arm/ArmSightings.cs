using Microsoft.DurableTask.Client;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Appliances;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// When ARM last showed a VM that an appliance heartbeat reports too (the heartbeat's facts win for it, so the poll
/// hands the sighting to its vault's monitor rather than the VM's). Read from the <c>arm-{vault}</c> monitors'
/// statuses, so every instance of the API sees what any instance's poll saw, also after a restart.
/// </summary>
public sealed class ArmSightings
{
    private readonly Dictionary<(string ApplianceId, string VmId), DateTimeOffset> _seen = [];

    private ArmSightings(IEnumerable<ApplianceStatus> appliances)
    {
        foreach (var sighting in appliances.Where(a => ArmVault.IsArmAppliance(a.ApplianceId)).SelectMany(a => a.Sightings))
        {
            var key = (sighting.ApplianceId, sighting.VmId);
            if (!_seen.TryGetValue(key, out var at) || sighting.At > at)
            {
                _seen[key] = sighting.At;
            }
        }
    }

    /// <summary>No sightings.</summary>
    public static ArmSightings None { get; } = new([]);

    /// <summary>The sightings the vaults' monitors among <paramref name="appliances"/> published.</summary>
    public static ArmSightings Of(IEnumerable<ApplianceStatus> appliances) => new(appliances);

    /// <summary>Reads the sightings every vault's monitor published.</summary>
    public static async Task<ArmSightings> ReadAsync(DurableTaskClient client, CancellationToken cancellationToken) =>
        Of(await DurableQueries.StatusesAsync<ApplianceStatus>(client, InstanceIds.Appliance(ArmVault.AppliancePrefix), cancellationToken).ConfigureAwait(false));

    /// <summary>When ARM last showed the heartbeat VM <paramref name="vmId"/> of <paramref name="applianceId"/>, or <see langword="null"/>.</summary>
    public DateTimeOffset? LastSeen(string applianceId, string vmId) => _seen.TryGetValue((applianceId, vmId), out var at) ? at : null;
}
