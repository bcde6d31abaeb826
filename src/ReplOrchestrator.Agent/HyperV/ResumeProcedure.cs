using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.HyperV;

/// <summary>
/// <c>ResumeReplication</c> for one VM, step for step as Microsoft's restart script (seed "Hyper-V replication is
/// suspended at system shutdown"): VMMS up and its replication service active, the VM looked up on its primary
/// server, resumed only when Suspended or Error, checked again a second later. The script's events 0–4 become the
/// command result's detail.
/// </summary>
internal sealed class ResumeProcedure(IHyperVReplication hyperV, IServiceStates services, TimeProvider time)
{
    /// <summary>How long the script waits before checking the state again.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    /// <summary>Resumes <paramref name="vmId"/> and reports how it went.</summary>
    public async Task<CommandResult> RunAsync(string commandId, string vmId, CancellationToken cancellationToken)
    {
        List<ResumeStep> steps = [new(0, "started")];
        CommandResult Done(bool ok, int eventId, string text)
        {
            steps.Add(new ResumeStep(eventId, text));
            return new CommandResult(commandId, ok, string.Join("; ", steps));
        }

        try
        {
            if (services.Query(ServiceStatus.HyperVManagement) != ServiceState.Running)
            {
                return Done(false, 1, "VMMS is not running");
            }

            var local = await hyperV.GetAsync(null, cancellationToken).ConfigureAwait(false);
            if (local.Count == 0)
            {
                return Done(false, 1, "VMMS reports no replicating VM");
            }

            steps.Add(new ResumeStep(2, "VMMS replication service active"));
            if (local.FirstOrDefault(v => v.VmId == vmId) is not { } vm)
            {
                return Done(false, 3, $"{vmId} is not a replicating VM on this host");
            }

            // A replica's VM is resumed where it replicates from, as the script does with -ComputerName.
            var server = vm.PrimaryServer;
            var primary = server ?? "this host";
            var before = await FindAsync(vm.VmName, server, cancellationToken).ConfigureAwait(false);
            if (before is null)
            {
                return Done(false, 3, $"Get-VMReplication found no {vm.VmName} on {primary}");
            }

            if (!HyperVStates.NeedsResume(before.State))
            {
                return Done(false, 3, $"replication for {vm.VmName} on {primary} is {before.State}, not suspended; nothing resumed");
            }

            string? error = null;
            try
            {
                await hyperV.ResumeAsync(vm.VmName, server, cancellationToken).ConfigureAwait(false);
            }
            catch (HostCommandException e)
            {
                error = e.Message;
            }

            await Task.Delay(SettleTime, time, cancellationToken).ConfigureAwait(false);
            // The script compares the state from before the resume for Error; the state after is what tells.
            var after = await FindAsync(vm.VmName, server, cancellationToken).ConfigureAwait(false);
            return after is null || HyperVStates.NeedsResume(after.State)
                ? Done(false, 3, $"failed to resume replication for {vm.VmName} on {primary} (state {after?.State ?? "unknown"}){(error is null ? "" : ": " + error)}; check replication status manually")
                : Done(true, 4, $"replication for {vm.VmName} on {primary} was {before.State} and resumed successfully (now {after.State})");
        }
        catch (HostCommandException e)
        {
            return Done(false, 3, e.Message);
        }
    }

    private async Task<VmReplicationRecord?> FindAsync(string vmName, string? computerName, CancellationToken cancellationToken) =>
        (await hyperV.GetAsync(computerName, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.VmName == vmName);
}
