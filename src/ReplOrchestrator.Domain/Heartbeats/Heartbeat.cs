using System.Text.Json.Serialization;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>
/// One appliance heartbeat, contract <c>repl-heartbeat/v1</c>: what the appliance and its VMs are doing
/// now, the event-log entries since the last heartbeat, and the results of commands it was given.
/// </summary>
/// <remarks>
/// Build instances from request bodies with <see cref="HeartbeatParser"/>, which enforces every rule.
/// Heartbeats are delivered at least once and may arrive out of order: <see cref="Sequence"/> orders
/// them within an <see cref="Epoch"/>, and <see cref="HeartbeatSequence.Judge"/> tells a new one from a
/// repeat or a late one.
/// </remarks>
/// <param name="Schema">Always <see cref="SchemaV1"/>.</param>
/// <param name="ApplianceId">The appliance's id (see <see cref="Contracts.ContractId"/>).</param>
/// <param name="Kind">What replicates behind the appliance.</param>
/// <param name="Sequence">Grows with every heartbeat the appliance sends within its epoch; 0 to <see cref="HeartbeatSequence.MaxValue"/>.</param>
/// <param name="SentAt">When the appliance sent it, by the appliance's clock.</param>
/// <param name="Services">States of the services replication depends on (<c>asrgwy</c>, <c>vmms</c>).</param>
/// <param name="Endpoints">The Azure and vCenter endpoints the appliance replicates through.</param>
/// <param name="Vms">Every VM the appliance replicates, with its state and current cycle.</param>
/// <param name="Events">Replication event-log entries since the previous heartbeat.</param>
/// <param name="ProbeResults">Results of probes a <see cref="CommandKind.RunProbes"/> command asked for.</param>
/// <param name="CommandResults">Outcomes of other commands, such as <see cref="CommandKind.ResumeReplication"/>.</param>
public sealed record Heartbeat(
    string Schema,
    string ApplianceId,
    ApplianceKind Kind,
    long Sequence,
    DateTimeOffset SentAt,
    IReadOnlyList<ServiceStatus> Services,
    IReadOnlyList<ApplianceEndpoint> Endpoints,
    IReadOnlyList<VmReport> Vms,
    IReadOnlyList<ReplicationEvent> Events,
    IReadOnlyList<ProbeResult> ProbeResults,
    IReadOnlyList<CommandResult> CommandResults)
{
    /// <summary>The schema name of this contract version.</summary>
    public const string SchemaV1 = "repl-heartbeat/v1";

    /// <summary>
    /// Optional: names the agent's run whose count <see cref="Sequence"/> belongs to (an id made at each
    /// start or install, or a boot counter), following <see cref="Contracts.ContractId"/>'s rule. A new
    /// epoch starts a new order, so an agent that counts from zero again is heard at once.
    /// </summary>
    /// <value><see langword="null"/> when the agent sends none: its heartbeats are ordered by sequence alone.</value>
    public string? Epoch { get; init; }

    /// <summary>
    /// VMs another appliance reports that this source shows too, and when it showed them: the Azure Resource Manager
    /// source leaves such VMs to the appliance's heartbeat and only says it saw them. Not part of the heartbeat
    /// contract; the monitor keeps them for the API (see <see cref="VmSighting"/>).
    /// </summary>
    /// <value><see langword="null"/> from heartbeats, and then left off the wire.</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VmSighting>? Sightings { get; init; }
}
