using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// Starts the monitors of VMs an appliance reports for the first time. Through the client rather than
/// as sub-orchestrations: a VM monitor is eternal and must outlive its appliance monitor's generations.
/// Registered as <see cref="WorkflowNames.EnsureVmMonitors"/>; returns how many monitors this run started.
/// </summary>
/// <param name="client">Starts the monitors.</param>
/// <param name="lifetime">Its stopping token cancels the starts.</param>
public sealed class EnsureVmMonitorsActivity(DurableTaskClient client, IHostApplicationLifetime lifetime)
    : TaskActivity<IReadOnlyList<VmMonitorState>, int>
{
    /// <inheritdoc />
    public override async Task<int> RunAsync(TaskActivityContext context, IReadOnlyList<VmMonitorState> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var started = 0;
        foreach (var vm in input)
        {
            if (await client.StartIfAbsentAsync(WorkflowNames.VmMonitor, InstanceIds.Vm(vm.ApplianceId, vm.VmId), vm, lifetime.ApplicationStopping))
            {
                started++;
            }
        }

        return started;
    }
}
