using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>A command for the appliance, carried in a <see cref="HeartbeatResponse"/>.</summary>
/// <remarks>
/// The appliance answers in a later heartbeat: probe results in <see cref="Heartbeat.ProbeResults"/>,
/// other outcomes in <see cref="Heartbeat.CommandResults"/>, both tagged with <see cref="CommandId"/>.
/// A response can be lost and the command delivered again, so appliances treat ids they already ran
/// as done. Use <see cref="RunProbes"/> and <see cref="ResumeReplication"/> to build valid commands.
/// </remarks>
/// <param name="CommandId">Identifies the command and its results (see <see cref="ContractId"/>).</param>
/// <param name="Kind">What to do.</param>
/// <param name="Probes">For <see cref="CommandKind.RunProbes"/>, the appliance-side probes to run, in order.</param>
/// <param name="VmId">The VM the command is about; required for <see cref="CommandKind.ResumeReplication"/>.</param>
public sealed record ApplianceCommand(string CommandId, CommandKind Kind, IReadOnlyList<ProbeKind> Probes, string? VmId)
{
    /// <summary>Asks the appliance to run <paramref name="probes"/>, which must all be appliance-side.</summary>
    /// <exception cref="ArgumentException">An id breaks the id rule, no probe is given, or a probe is not appliance-side.</exception>
    public static ApplianceCommand RunProbes(string commandId, IReadOnlyList<ProbeKind> probes, string? vmId = null)
    {
        ContractId.Ensure(commandId, nameof(commandId));
        if (vmId is not null)
        {
            ContractId.Ensure(vmId, nameof(vmId));
        }

        if (probes.Count == 0 || probes.Any(p => p.Side() != ProbeSide.Appliance))
        {
            throw new ArgumentException("A RunProbes command needs at least one probe, and only appliance-side probes.", nameof(probes));
        }

        return new ApplianceCommand(commandId, CommandKind.RunProbes, probes, vmId);
    }

    /// <summary>Asks the appliance to resume <paramref name="vmId"/>'s suspended replication.</summary>
    /// <exception cref="ArgumentException">An id breaks the id rule.</exception>
    public static ApplianceCommand ResumeReplication(string commandId, string vmId) =>
        new(ContractId.Ensure(commandId, nameof(commandId)), CommandKind.ResumeReplication, [], ContractId.Ensure(vmId, nameof(vmId)));
}
