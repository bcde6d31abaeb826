using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// Starts the monitors of VMs an appliance reports for the first time. Through the client rather than
/// as sub-orchestrations: a VM monitor is eternal and must outlive its appliance monitor's generations.
/// </summary>
internal sealed class EnsureVmMonitorsActivity(Func<IDurableClient> client) : IActivity<IReadOnlyList<VmMonitorState>, int>
{
    public async Task<int> RunAsync(ActivityContext context, IReadOnlyList<VmMonitorState> input)
    {
        var durable = client();
        var started = 0;
        foreach (var vm in input)
        {
            if (await durable.StartIfAbsentAsync(WorkflowNames.VmMonitor, InstanceIds.Vm(vm.ApplianceId, vm.VmId), vm, context.CancellationToken))
            {
                started++;
            }
        }

        return started;
    }
}
