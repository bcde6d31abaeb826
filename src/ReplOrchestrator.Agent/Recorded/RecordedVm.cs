namespace ReplOrchestrator.Agent.Recorded;

/// <summary>One VM as <c>Get-VMReplication | ConvertTo-Json</c> prints it, for <see cref="RecordedHostWriter"/>.</summary>
/// <param name="VmId">The VM's id (a GUID).</param>
/// <param name="VmName">The VM's name, as the VMMS events name it too.</param>
/// <param name="State">The replication state, for example <c>Replicating</c> or <c>Suspended</c>; health follows from it.</param>
/// <param name="PrimaryServer">The primary server, where a resume runs.</param>
/// <param name="ReplicaServer">The replica server.</param>
/// <param name="FrequencySeconds">The replication frequency: 30, 300 or 900 seconds.</param>
public sealed record RecordedVm(string VmId, string VmName, string State, string PrimaryServer, string ReplicaServer, int FrequencySeconds = 300);
