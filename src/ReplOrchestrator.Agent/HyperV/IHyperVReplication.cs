namespace ReplOrchestrator.Agent.HyperV;

/// <summary>Hyper-V Replica on a host: <c>Get-VMReplication</c> and <c>Resume-VMReplication</c>.</summary>
internal interface IHyperVReplication
{
    /// <summary>The replicating VMs of <paramref name="computerName"/>, or of this host when null.</summary>
    /// <exception cref="HostCommandException">The command failed; the message is one line.</exception>
    Task<IReadOnlyList<VmReplicationRecord>> GetAsync(string? computerName, CancellationToken cancellationToken);

    /// <summary>Resumes <paramref name="vmName"/>'s replication on <paramref name="computerName"/> (its primary server), or on this host when null.</summary>
    /// <exception cref="HostCommandException">The cmdlet failed; the message is its error, one line.</exception>
    Task ResumeAsync(string vmName, string? computerName, CancellationToken cancellationToken);
}
