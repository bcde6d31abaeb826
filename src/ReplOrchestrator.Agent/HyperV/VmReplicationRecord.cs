namespace ReplOrchestrator.Agent.HyperV;

/// <summary>One VM's replication as <c>Get-VMReplication</c> reports it (see <see cref="PowerShellCommands.GetReplication"/>).</summary>
/// <param name="VmId">The VM's GUID, lower case.</param>
/// <param name="VmName">The VM's name.</param>
/// <param name="State">Hyper-V's replication state name, for example <c>Replicating</c>, <c>Suspended</c>, <c>Resynchronizing</c>.</param>
/// <param name="Health">Hyper-V's replication health name (<c>Normal</c>, <c>Warning</c>, <c>Critical</c>); not carried by the heartbeat contract.</param>
/// <param name="Mode">Whether this host holds the <c>Primary</c> or the <c>Replica</c>.</param>
/// <param name="FrequencySeconds">The replication frequency (30, 300 or 900), when reported.</param>
/// <param name="PrimaryServer">The primary server's name, where resumes are done.</param>
internal sealed record VmReplicationRecord(string VmId, string VmName, string State, string? Health, string? Mode, int? FrequencySeconds, string? PrimaryServer);
