namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// The fixed names of the simulated Hyper-V Replica hosts, so a demo can aim a silence or maintenance
/// window at one before the fleet starts.
/// </summary>
internal static class HyperVHostNames
{
    /// <summary>The primary server: its VMs replicate from here (the suspended-at-shutdown scenario plays on it).</summary>
    public const string Primary = "hv01.contoso.local";

    /// <summary>The replica server: a backup on its disks raises the replica-backup scenario's events.</summary>
    public const string Replica = "hvr01.contoso.local";
}
