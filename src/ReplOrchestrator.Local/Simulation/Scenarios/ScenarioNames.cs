namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>The names of the scenarios, as <c>simulate --scenario</c> and <see cref="FleetSpec.Scenarios"/> take them.</summary>
internal static class ScenarioNames
{
    public const string Healthy = "healthy";
    public const string UploadStall = "upload-stall";
    public const string DisposeHang = "dispose-hang";
    public const string ApplianceSilent = "appliance-silent";
    public const string HostConnectionRefused = "host-connection-refused";
    public const string CbtReset = "cbt-reset";
    public const string HyperVSuspendedAtShutdown = "hyperv-suspended-at-shutdown";
    public const string HyperVReplicaBackup = "hyperv-replica-backup";
}
