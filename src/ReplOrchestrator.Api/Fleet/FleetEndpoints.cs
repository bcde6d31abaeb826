using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Fleet;

/// <summary>The fleet and one VM, read from the monitors' published statuses.</summary>
internal static class FleetEndpoints
{
    public static async Task<IResult> FleetAsync(DurableTaskClient client, FleetSnapshots snapshots, CancellationToken cancellationToken) =>
        Results.Json(await snapshots.GetAsync(client, cancellationToken), ContractJson.Options);

    public static async Task<IResult> VmAsync(string applianceId, string vmId, DurableTaskClient client, CycleOptions cycles, CancellationToken cancellationToken)
    {
        if (!ContractId.IsValid(applianceId) || !ContractId.IsValid(vmId))
        {
            return ApiProblems.InvalidParameter(ContractId.IsValid(applianceId) ? "vmId" : "applianceId", "Ids are 1 to 64 letters, digits, '.', '_' or '-'.");
        }

        var metadata = await client.GetInstanceAsync(InstanceIds.Vm(applianceId, vmId), getInputsAndOutputs: true, cancellationToken);
        if (metadata?.ReadCustomStatusAs<VmStatus>() is not { } status)
        {
            return ApiProblems.NotFound("VM", $"{applianceId}/{vmId}");
        }

        var alerts = new List<Alert>();
        foreach (var code in status.OpenAlerts)
        {
            var lifecycle = await client.GetInstanceAsync(new AlertKey(applianceId, vmId, code).ToInstanceId(), getInputsAndOutputs: true, cancellationToken);
            if (lifecycle?.ReadCustomStatusAs<Alert>() is { } alert)
            {
                alerts.Add(alert);
            }
        }

        // Only an Azure Migrate VM a heartbeat reports can have been seen by ARM besides: a vault's own VMs are ARM's
        // already, and no vault shows a Hyper-V Replica VM. Only for those are the vaults' statuses read.
        var sightings = !ArmVault.IsArmAppliance(applianceId) && status.Kind == ApplianceKind.AzureMigrateVMware
            ? await ArmSightings.ReadAsync(client, cancellationToken)
            : ArmSightings.None;
        var view = new VmDetailView(
            status.ApplianceId, status.VmId, status.Name, status.Host, status.Kind, status.ReplicationState,
            new HealthView(status.Health, status.HealthSince, status.HealthReasons),
            new RpoView(status.RpoTarget.TotalSeconds, status.LastSuccessfulCycleAt),
            status.NextCycleExpectedAt,
            CycleView.Of(status.CurrentCycle),
            [.. status.RecentCycles.AsEnumerable().Reverse().Select(CycleRecordView.Of)],
            alerts,
            status.LastObservedAt)
        {
            Trail = status.Trail,
            Disks = status.CurrentCycle?.Disks ?? [],
            PhaseLimits = PhaseLimitsView.Of(cycles, status.CurrentCycle?.Type ?? status.RecentCycles.LastOrDefault()?.Type),
            Events = status.RecentEvents,
            Sources = SourcesView.Of(status, sightings),
        };
        return Results.Json(view, ContractJson.Options);
    }
}
