using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Agent.Probes;
using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Agent.Commands;

/// <summary>
/// Runs the commands a heartbeat answer carried, each at most once (the server repeats a command until its result
/// arrives), and records the results in the spool so the next heartbeat carries them.
/// </summary>
internal sealed class CommandRunner(Spool spool, ProbeRunner probes, ResumeProcedure? resume)
{
    /// <summary>Runs what is new in <paramref name="commands"/>; answers each ignored command that has an id with a failed result.</summary>
    /// <param name="commands">The runnable commands.</param>
    /// <param name="ignored">The commands the answer reader could not take.</param>
    /// <param name="vms">The VMs of the latest heartbeat, to find a VM's host.</param>
    /// <param name="cancellationToken">Stops the run; a command cut short records nothing and runs again.</param>
    /// <returns>How many commands ran.</returns>
    public async Task<int> RunAsync(IReadOnlyList<ApplianceCommand> commands, IReadOnlyList<IgnoredCommand> ignored, IReadOnlyList<VmReport> vms, CancellationToken cancellationToken)
    {
        var ran = 0;
        foreach (var command in commands.Where(c => !spool.HasRun(c.CommandId)))
        {
            switch (command.Kind)
            {
                case CommandKind.RunProbes:
                    var host = vms.FirstOrDefault(v => v.VmId == command.VmId)?.Host;
                    spool.AddResults(command.CommandId, await probes.RunAsync(command.CommandId, command.Probes, host, cancellationToken).ConfigureAwait(false), null);
                    break;
                case CommandKind.ResumeReplication when resume is not null && command.VmId is { } vmId:
                    spool.AddResults(command.CommandId, [], await resume.RunAsync(command.CommandId, vmId, cancellationToken).ConfigureAwait(false));
                    break;
                default:
                    spool.AddResults(command.CommandId, [], new CommandResult(command.CommandId, false, $"{command.Kind} is not available on this appliance (it runs on Hyper-V Replica hosts)"));
                    break;
            }

            ran++;
        }

        foreach (var command in ignored.Where(c => c.CommandId is not null && !spool.HasRun(c.CommandId)))
        {
            spool.AddResults(command.CommandId!, [], new CommandResult(command.CommandId!, false, command.Reason));
            ran++;
        }

        return ran;
    }
}
