using System.Globalization;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Collection;

/// <summary>Reads the host for one heartbeat: service states, endpoints, and for Hyper-V Replica the VMs and the new VMMS events.</summary>
internal sealed class HostCollector(AgentOptions options, IServiceStates services, IHyperVReplication? hyperV, IVmmsEventLog? eventLog)
{
    /// <summary>Reads the host; <paramref name="bookmark"/> is where the last event read stopped.</summary>
    public async Task<ApplianceSnapshot> CollectAsync(string? bookmark, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var states = options.Host.Services.Select(name => new ServiceStatus(name, services.Query(name))).ToList();
        var endpoints = options.Probes.Endpoints.Select(e => new ApplianceEndpoint(e.Role!.Value, e.Host!, e.Port)).ToList();
        IReadOnlyList<VmReport> vms = [];
        IReadOnlyList<ReplicationEvent> events = [];
        if (options.Kind == ApplianceKind.HyperVReplica)
        {
            try
            {
                vms = [.. (await hyperV!.GetAsync(null, cancellationToken).ConfigureAwait(false)).Select(Report).OfType<VmReport>()];
            }
            catch (HostCommandException e)
            {
                problems.Add("Get-VMReplication: " + e.Message);
            }

            try
            {
                var after = long.TryParse(bookmark, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
                var read = await eventLog!.ReadAsync(after, options.Host.FirstEventLookback, cancellationToken).ConfigureAwait(false);
                events = read.Events;
                bookmark = read.LastRecordId?.ToString(CultureInfo.InvariantCulture) ?? bookmark;
            }
            catch (HostCommandException e)
            {
                problems.Add("Get-WinEvent: " + e.Message);
            }
        }

        return new ApplianceSnapshot(states, endpoints, vms, events, bookmark, problems);
    }

    // A VM in a state the contract has no word for (failed over, fire drill), or with a frequency Hyper-V does not
    // offer, is left out rather than reported as something it is not.
    private static VmReport? Report(VmReplicationRecord vm) =>
        HyperVStates.ToContract(vm.State) is { } state && vm.FrequencySeconds is { } frequency && ReplicationInfo.HyperVFrequencies.Contains(frequency)
            ? new VmReport(vm.VmId, vm.VmName, vm.PrimaryServer, new ReplicationInfo(state, frequency), null)
            : null;
}
