namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The default limits of <see cref="HeartbeatLimits"/> and what they are based on.</summary>
public static class HeartbeatDefaults
{
    /// <summary>1 MiB: about 1,000 VMs with a few disks each, at well under a kilobyte per VM.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>1,000 VMs: twice Azure Migrate's 500 concurrently replicating VMs per appliance (with scale-out).</summary>
    public const int MaxVms = 1000;

    /// <summary>64 disks: the most data disks an Azure VM size takes, so the most a migrated VM can keep.</summary>
    public const int MaxDisksPerVm = 64;

    /// <summary>500 events: one Hyper-V retry event (32315, logged every 5 minutes) per VM for 500 VMs between two heartbeats.</summary>
    public const int MaxEvents = 500;

    /// <summary>
    /// 10 endpoints per role: an Azure Migrate appliance talks to one Key Vault and one Service Bus namespace per
    /// project and a few storage accounts, and connects to at most 10 vCenter Servers. The server probes what the
    /// list names, so the list is kept this small.
    /// </summary>
    public const int MaxEndpointsPerRole = 10;

    /// <summary>5 minutes ahead: the clock skew Kerberos tolerates by default, which domain-joined hosts already meet.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// 15 minutes behind: the appliance heartbeat timeout; a heartbeat sent longer ago describes a past the
    /// monitor has already judged the appliance lost in.
    /// </summary>
    public static readonly TimeSpan MaxHeartbeatAge = Appliances.ApplianceDefaults.HeartbeatTimeout;

    /// <summary>
    /// 30 days behind, for cycle starts and event times: an initial copy of several terabytes can run for
    /// days; anything older is a clock or encoding fault (for example 0001-01-01 or the Unix epoch).
    /// </summary>
    public static readonly TimeSpan MaxTimestampAge = TimeSpan.FromDays(30);
}
