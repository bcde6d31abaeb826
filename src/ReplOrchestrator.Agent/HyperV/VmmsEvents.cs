namespace ReplOrchestrator.Agent.HyperV;

/// <summary>The Hyper-V VMMS event ids the seeds describe; only these are read from the log.</summary>
internal static class VmmsEvents
{
    /// <summary>The log they are written to.</summary>
    public const string LogName = "Microsoft-Windows-Hyper-V-VMMS-Admin";

    /// <summary>
    /// 32315 (retry after 5 min), 32022 (could not replicate), 32546 and 19050 (not in a valid state), 32056 and 32032
    /// (apply aborted), 33680 (replication operation failed): the backup-on-replica set; 32086: suspended.
    /// </summary>
    public static IReadOnlyList<int> Ids { get; } = [32315, 32022, 32546, 19050, 32056, 32032, 33680, 32086];
}
