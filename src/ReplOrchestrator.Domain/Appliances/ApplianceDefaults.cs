namespace ReplOrchestrator.Domain.Appliances;

/// <summary>The defaults of <see cref="ApplianceOptions"/> and what they are based on.</summary>
public static class ApplianceDefaults
{
    /// <summary>
    /// 15 minutes: three missed heartbeats at the 5-minute interval the deployment is sized for (missing
    /// three before alerting is the usual agent-heartbeat rule), and well inside the 90 minutes after
    /// which Azure Migrate restarts active cycles from 0 %, leaving over an hour to bring the appliance back.
    /// </summary>
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// 90 minutes: Microsoft documents that when Azure is unreachable or the appliance services are down for
    /// longer, active replication cycles go back to 0 % and start again.
    /// </summary>
    public static readonly TimeSpan CycleResetAfterOutage = TimeSpan.FromMinutes(90);
}
