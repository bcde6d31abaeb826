using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// Runs the commands an appliance receives, each once: the server repeats a command in every answer
/// until a heartbeat carries its results, so ids already run are passed over.
/// </summary>
/// <remarks>
/// Results go to the outbox and leave with the next heartbeat. A command that cannot run is answered
/// with a failed result when it has a usable id, so the server stops repeating it, and reported once.
/// </remarks>
internal sealed class CommandHandler(string applianceId, IReadOnlyList<SimulatedVm> vms, ProbeResponder probes, ApplianceOutbox outbox)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Runs the new commands of <paramref name="outcome"/> at <paramref name="now"/>; returns how many were new.</summary>
    public int Handle(HeartbeatOutcome outcome, DateTimeOffset now, ISimulationObserver observer)
    {
        var received = 0;
        foreach (var command in outcome.Commands.Where(c => _seen.Add(c.CommandId)))
        {
            received++;
            observer.OnEvent(new CommandReceived(now, applianceId, command));
            Run(command, now);
        }

        foreach (var ignored in outcome.Ignored.Where(i => _seen.Add(i.CommandId ?? "?" + i.Reason)))
        {
            observer.OnEvent(new CommandIgnored(now, applianceId, ignored));
            if (ignored.CommandId is { } id)
            {
                outbox.Add(new CommandResult(id, false, ignored.Reason));
            }
        }

        return received;
    }

    private void Run(ApplianceCommand command, DateTimeOffset now)
    {
        var vm = vms.FirstOrDefault(v => v.Identity.VmId == command.VmId);
        if (command.Kind == CommandKind.RunProbes)
        {
            // Without a VM, any VM's trouble is the appliance's trouble.
            var faults = (vm is null ? vms : [vm]).SelectMany(v => v.FaultsAt(now)).ToList();
            outbox.Add(command.Probes.Select(p => probes.Run(command.CommandId, p, vm, faults)).ToList());
            return;
        }

        outbox.Add(vm switch
        {
            null => new CommandResult(command.CommandId, false, $"no VM '{command.VmId}' replicates on this appliance"),
            _ when vm.Resume(now) => new CommandResult(command.CommandId, true, "replication resumed"),
            _ => new CommandResult(command.CommandId, false, $"replication of {vm.Identity.Name} is not suspended; nothing to resume"),
        });
    }
}
