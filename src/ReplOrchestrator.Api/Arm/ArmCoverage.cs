using Microsoft.DurableTask.Client;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// Decides which source speaks for a VM both report: an appliance heartbeat that reported it within the heartbeat
/// timeout wins, so one condition never raises two alerts (one under the appliance, one under <c>arm-{vault}</c>).
/// </summary>
/// <param name="heartbeatTimeout">How long a heartbeat VM counts as reported (<c>Repl:Appliance:HeartbeatTimeout</c>).</param>
public sealed class ArmCoverage(TimeSpan heartbeatTimeout)
{
    /// <summary>
    /// Reads every VM monitor's status once: the Azure Migrate VMs appliance heartbeats reported within the heartbeat
    /// timeout before <paramref name="now"/>, and the vaults' own VMs, whose statuses hold what polls remember.
    /// </summary>
    public async Task<MonitoredVms> ReadAsync(DurableTaskClient client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var statuses = await DurableQueries.StatusesAsync<VmStatus>(client, InstanceIds.VmPrefix, cancellationToken).ConfigureAwait(false);
        var covering = new HeartbeatVms(statuses.Where(v => Covers(v, now)));
        return new MonitoredVms(covering, statuses.Where(v => ArmVault.IsArmAppliance(v.ApplianceId)));
    }

    /// <summary>
    /// Whether <paramref name="vm"/> is an Azure Migrate VM an appliance heartbeat speaks for at <paramref name="now"/>:
    /// reported within the heartbeat timeout, or so newly reported that its monitor, started with the reported name,
    /// has not taken the report yet (a poll at that moment must not make the vault's item a second VM).
    /// </summary>
    public bool Covers(VmStatus vm, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(vm);
        return !ArmVault.IsArmAppliance(vm.ApplianceId) && vm.Kind == ApplianceKind.AzureMigrateVMware
            && (vm.LastObservedAt is not { } at || now - at <= heartbeatTimeout);
    }
}
